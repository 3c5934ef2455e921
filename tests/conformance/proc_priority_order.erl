-module(proc_priority_order).
-export([main/0]).
%% A high priority process spawned by a normal one runs before it continues
%% when the spawner waits; priorities show in process_info.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    Self = self(),
    Ps = [spawn_opt(fun() -> receive go -> Self ! {done, Pr} end end, [{priority, Pr}]) || Pr <- [low, normal, high]],
    erlang:display([element(2, process_info(P, priority)) || P <- Ps]),
    [P ! go || P <- Ps],
    Done = [receive {done, Pr} -> Pr end || _ <- Ps],
    erlang:display(lists:sort(Done)),
    erlang:display(e(fun() -> spawn_opt(fun() -> ok end, [{priority, bogus}]) end)),
    ok.
