-module(e_select_key).
-export([main/0]).
%% select and match with a bound key on 1M-object set and ordered_set
%% tables: 100k calls each; a scan would take minutes.
main() ->
    S = ets:new(s, [set, public]),
    O = ets:new(o, [ordered_set, public]),
    ins(S, 1000000), ins(O, 1000000),
    T0 = erlang:monotonic_time(microsecond),
    A = sel(S, 100000, 0), B = sel(O, 100000, 0),
    C = mat(S, 100000, 0), D = mat(O, 100000, 0),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({A, B, C, D}),
    erlang:display(T1 - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
sel(_, 0, Acc) -> Acc;
sel(T, N, Acc) -> [V] = ets:select(T, [{{N, '$1'}, [], ['$1']}]), sel(T, N - 1, Acc + V).
mat(_, 0, Acc) -> Acc;
mat(T, N, Acc) -> [[V]] = ets:match(T, {N, '$1'}), mat(T, N - 1, Acc + V).
