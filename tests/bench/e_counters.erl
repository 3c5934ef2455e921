-module(e_counters).
-export([main/0]).
%% ets:update_counter from 4 processes, 250,000 increments each on 100 keys.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    T = ets:new(t, [set, public, {write_concurrency, true}]),
    ets:insert(T, [{K, 0} || K <- lists:seq(1, 100)]),
    Self = self(),
    Pids = [spawn(fun() -> bump(T, 250000), Self ! {self(), done} end) || _ <- lists:seq(1, 4)],
    [receive {P, done} -> ok end || P <- Pids],
    erlang:display(lists:sum([V || {_, V} <- ets:tab2list(T)])),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
bump(_, 0) -> ok;
bump(T, N) -> ets:update_counter(T, N rem 100 + 1, 1), bump(T, N - 1).
