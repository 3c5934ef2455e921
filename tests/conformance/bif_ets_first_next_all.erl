-module(bif_ets_first_next_all).
-export([main/0]).
%% first/next/prev/last on each type; next of a missing key.
d(X) -> erlang:display(X).
fwd(T) -> fwd(T, ets:first(T)).
fwd(_, '$end_of_table') -> [];
fwd(T, K) -> [K | fwd(T, ets:next(T, K))].
bwd(T) -> bwd(T, ets:last(T)).
bwd(_, '$end_of_table') -> [];
bwd(T, K) -> [K | bwd(T, ets:prev(T, K))].
e(F) -> try F() catch C:R -> {C, R} end.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        d({Type, ets:first(T), ets:last(T)}),
        [ets:insert(T, {K, V}) || K <- [3, 1, 2, 2.5, "b", <<"a">>, {9}, [], -1, 1.0e10], V <- [x, y]],
        d({Type, fwd(T)}),
        d({Type, bwd(T)}),
        d({Type, e(fun() -> ets:next(T, 17) end), e(fun() -> ets:prev(T, 17) end),
           e(fun() -> ets:next(T, 2.0) end), e(fun() -> ets:prev(T, 3.0) end)}),
        d({Type, ets:next(T, ets:last(T)), ets:prev(T, ets:first(T))})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
