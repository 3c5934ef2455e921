-module(e_set).
-export([main/0]).
%% ETS set: insert and lookup of 1M keys, then tab2list; memory in words.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    T = ets:new(t, [set, public]),
    ins(T, 1000000),
    erlang:display(look(T, 1000000, 0)),
    erlang:display(length(ets:tab2list(T))),
    erlang:display(ets:info(T, size)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
look(_, 0, Acc) -> Acc;
look(T, N, Acc) -> [{_, V}] = ets:lookup(T, N), look(T, N - 1, Acc + V).
