-module(proc_spawn_monitor).
-export([main/0, child/1]).
child(R) -> exit(R).
%% The error without the arguments and location of its frame.
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    {P, M} = spawn_monitor(?MODULE, child, [{reason, 1}]),
    erlang:display({is_pid(P), is_reference(M)}),
    receive {'DOWN', _, process, P, R} -> erlang:display(R) end,
    {P2, _} = spawn_monitor(fun() -> 1 = 2 end),
    receive {'DOWN', _, process, P2, {R2, _}} -> erlang:display(R2) end,
    {P3, _} = spawn_monitor(no_such_mod, f, [1]),
    receive {'DOWN', _, process, P3, R3} -> erlang:display(R3) end,
    erlang:display(e(fun() -> spawn_monitor(not_a_fun) end)),
    erlang:display(e(fun() -> spawn_monitor(m, f, not_a_list) end)),
    ok.
