-module(proc_link_errors).
-export([main/0]).
%% link/unlink to dead processes and bad arguments.
main() ->
    Dead = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    erlang:display(catch link(Dead)),
    erlang:display(catch link(foo)),
    erlang:display(catch unlink(foo)),
    erlang:display(unlink(Dead)),
    process_flag(trap_exit, true),
    erlang:display(catch link(Dead)),
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
