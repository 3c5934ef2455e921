-module(bif_ets_bound_key_order).
-export([main/0]).
%% Specs whose clauses all bind the key: erl visits the keys' buckets in
%% clause order (each bucket once) and conses the results.
d(X) -> erlang:display(X).
strip({L, C}) when is_tuple(C) -> {L, [X || X <- tuple_to_list(C), not is_reference(X)]};
strip(R) -> R.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I, I rem 4}) || I <- lists:seq(1, 600)],
        Keys = [17, 3, 599, 256, 1, 513, 17, 1000],
        MS = [{{K, '$1'}, [], [{{K, '$1'}}]} || K <- Keys],
        d({Type, ets:select(T, MS)}),
        d({Type, strip(ets:select(T, MS, 2))}),
        d({Type, strip(ets:select(T, [{{17, '$1'}, [], ['$_']}, {{17.0, '_'}, [], ['$_']}], 1))}),
        d({Type, strip(ets:select_reverse(T, MS, 3))}),
        d({Type, ets:select_count(T, MS)}),
        d({Type, ets:match_object(T, {256, '_'})}),
        d({Type, ets:select(T, [{{'$1', 0}, [{'<', '$1', 30}], ['$1']}])}),
        d({Type, ets:select(T, [{{K, '_'}, [], [{const, K}]} || K <- [{x}, "s", 2.0, 2]])})
    end, [set, bag, ordered_set]),
    ok.
