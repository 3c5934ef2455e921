-module(proc_group_leader).
-export([main/0]).
%% Spawned processes inherit their parent's group leader; group_leader/2
%% changes it.
%% An error without the arguments of its frame (they may hold pids).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    GL = group_leader(),
    erlang:display(is_pid(GL)),
    Self = self(),
    P = spawn(fun() -> Self ! {gl, group_leader()}, receive {check, From} -> From ! {gl2, group_leader()} end end),
    receive {gl, G} -> erlang:display(G =:= GL) end,
    Other = spawn(fun() -> receive stop -> ok end end),
    erlang:display(group_leader(Other, P)),
    P ! {check, self()},
    receive {gl2, G2} -> erlang:display(G2 =:= Other) end,
    erlang:display(e(fun() -> group_leader(not_a_pid, P) end)),
    Other ! stop,
    ok.
