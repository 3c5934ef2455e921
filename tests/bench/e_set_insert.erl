-module(e_set_insert).
-export([main/0]).
%% ETS set: insert 1M keys; size and memory (words) as erl counts them.
main() ->
    T = ets:new(t, [set, public]),
    T0 = erlang:monotonic_time(microsecond),
    ins(T, 1000000),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display(ets:info(T, size)),
    erlang:display(ets:info(T, memory)),
    erlang:display(T1 - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
