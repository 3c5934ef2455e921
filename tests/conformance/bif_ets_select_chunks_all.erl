-module(bif_ets_select_chunks_all).
-export([main/0]).
%% select/3 and select/1 with several limits on every table type; the
%% chunks and their order are erl's.
d(X) -> erlang:display(X).
chunks('$end_of_table') -> [eot];
chunks({L, C}) -> [L | chunks(ets:select(C))].
strip(C) when is_tuple(C) -> [X || X <- tuple_to_list(C), not is_reference(X)];
strip(C) -> C.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 23, I}) || I <- lists:seq(1, 70)],
        lists:foreach(fun(Limit) ->
            d({Type, Limit, chunks(ets:select(T, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}], Limit))})
        end, [1, 4, 10, 69, 70, 500]),
        d({Type, chunks(ets:select(T, [{{'$1', '$2'}, [{'>', '$2', 60}], ['$2']}], 3))}),
        d({Type, chunks(ets:select(T, [{{5, '$2'}, [], ['$2']}, {{7, '$2'}, [], ['$2']}], 2))}),
        d({Type, ets:select(T, [{{nokey, '_'}, [], ['$_']}], 2)}),
        {_, C} = ets:select(T, [{'_', [], ['$_']}], 2),
        d(strip(C))
    end, [set, bag, duplicate_bag, ordered_set]),
    E = ets:new(e, []),
    d(ets:select(E, [{'_', [], ['$_']}], 1)),
    d(ets:select('$end_of_table')),
    ok.
