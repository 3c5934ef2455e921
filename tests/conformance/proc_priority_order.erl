-module(proc_priority_order).
-export([main/0]).
%% A high priority process spawned by a normal one runs before it continues
%% when the spawner waits; priorities show in process_info.
main() ->
    Self = self(),
    Ps = [spawn_opt(fun() -> receive go -> Self ! {done, Pr} end end, [{priority, Pr}]) || Pr <- [low, normal, high]],
    erlang:display([element(2, process_info(P, priority)) || P <- Ps]),
    [P ! go || P <- Ps],
    Done = [receive {done, Pr} -> Pr end || _ <- Ps],
    erlang:display(lists:sort(Done)),
    erlang:display(catch spawn_opt(fun() -> ok end, [{priority, bogus}])),
    ok.
