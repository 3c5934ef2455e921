-module(proc_link_errors).
-export([main/0]).
%% link/unlink to dead processes and bad arguments.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    Dead = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    erlang:display(e(fun() -> link(Dead) end)),
    erlang:display(e(fun() -> link(foo) end)),
    erlang:display(e(fun() -> unlink(foo) end)),
    erlang:display(unlink(Dead)),
    process_flag(trap_exit, true),
    erlang:display(e(fun() -> link(Dead) end)),
    receive {'EXIT', Dead, R} -> erlang:display({exit_msg, R}) after 50 -> erlang:display(none) end,
    erlang:display(link(self())),
    P = spawn(fun() -> receive _ -> ok end end),
    erlang:display(link(P)), erlang:display(link(P)),
    {links, L} = process_info(self(), links),
    erlang:display(length(L)),
    erlang:display(unlink(P)),
    {links, L2} = process_info(self(), links),
    erlang:display(length(L2)),
    exit(P, kill),
    receive {'EXIT', P, R2} -> erlang:display({unexpected, R2}) after 50 -> erlang:display(unlinked) end,
    ok.
