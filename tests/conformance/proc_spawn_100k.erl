-module(proc_spawn_100k).
-export([main/0]).
%% 100,000 processes, each reporting back; then 100,000 more that all wait
%% until told to go.
main() ->
    Self = self(),
    N = 100000,
    [spawn(fun() -> Self ! {done, I} end) || I <- lists:seq(1, N)],
    erlang:display(collect(N, 0)),
    Ps = [spawn(fun() -> receive go -> Self ! {done, I * 2} end end) || I <- lists:seq(1, N)],
    erlang:display(length(processes()) >= N),
    [P ! go || P <- Ps],
    erlang:display(collect(N, 0)),
    receive after 50 -> ok end,
    erlang:display(lists:any(fun erlang:is_process_alive/1, Ps)),
    ok.
collect(0, Sum) -> Sum;
collect(K, Sum) -> receive {done, I} -> collect(K - 1, Sum + I) end.
