-module(e_ordered_lookup).
-export([main/0]).
%% ETS ordered_set: lookup of 1M keys (the table is filled first, untimed).
main() ->
    T = ets:new(t, [ordered_set, public]),
    ins(T, 1000000),
    T0 = erlang:monotonic_time(microsecond),
    Sum = look(T, 1000000, 0),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display(Sum),
    erlang:display(T1 - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
look(_, 0, Acc) -> Acc;
look(T, N, Acc) -> [{_, V}] = ets:lookup(T, N), look(T, N - 1, Acc + V).
