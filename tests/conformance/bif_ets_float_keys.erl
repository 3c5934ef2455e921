-module(bif_ets_float_keys).
-export([main/0]).
%% 1 and 1.0: different keys in set/bag (=:=), the same key in ordered_set (==).
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        ets:insert(T, {1, int}),
        ets:insert(T, {1.0, float}),
        ets:insert(T, {{1, 2}, int_tuple}),
        ets:insert(T, {{1.0, 2}, float_tuple}),
        ets:insert(T, {-0.0, neg_zero}),
        ets:insert(T, {0, zero}),
        d({Type, ets:info(T, size), ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 1.0),
           ets:lookup(T, {1, 2.0}), ets:lookup(T, 0.0), lists:sort(ets:tab2list(T))}),
        d({Type, ets:match(T, {1, '$1'}), ets:select(T, [{{1.0, '$1'}, [], ['$1']}]),
           ets:select(T, [{{'$1', '_'}, [{'==', '$1', 1}], ['$1']}]),
           ets:select(T, [{{'$1', '_'}, [{'=:=', '$1', 1}], ['$1']}])}),
        ets:delete(T, 1.0),
        d({Type, lists:sort(ets:tab2list(T))}),
        d({Type, e(fun() -> ets:update_counter(T, 5, 1, {5.0, 0}) end), ets:lookup(T, 5), ets:lookup(T, 5.0)})
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
