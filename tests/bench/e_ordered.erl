-module(e_ordered).
-export([main/0]).
%% ETS ordered_set: insert and lookup of 1M keys, select with a bound key.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    T = ets:new(t, [ordered_set, public]),
    ins(T, 1000000),
    erlang:display(look(T, 1000000, 0)),
    erlang:display(sel(T, 100000, 0)),
    erlang:display(ets:info(T, size)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
look(_, 0, Acc) -> Acc;
look(T, N, Acc) -> [{_, V}] = ets:lookup(T, N), look(T, N - 1, Acc + V).
sel(_, 0, Acc) -> Acc;
sel(T, N, Acc) -> [V] = ets:select(T, [{{N, '$1'}, [], ['$1']}]), sel(T, N - 1, Acc + V).
