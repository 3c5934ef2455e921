-module(bif_ets_named_ops).
-export([main/0]).
%% Every operation through a table name instead of its id.
d(X) -> erlang:display(X).
chunks('$end_of_table') -> [eot];
chunks({L, C}) -> [L | chunks(ets:select(C))].
main() ->
    lists:foreach(fun(Type) ->
        named = ets:new(named, [Type, named_table, public]),
        true = ets:insert(named, [{I, I * I} || I <- lists:seq(1, 12)]),
        d({Type, ets:lookup(named, 3), ets:member(named, 4), ets:insert_new(named, {3, x}),
           ets:lookup_element(named, 5, 2), ets:info(named, size), ets:first(named),
           ets:next(named, ets:first(named))}),
        d({Type, ets:select(named, [{{'$1', '$2'}, [{'>', '$2', 50}], ['$1']}])}),
        d({Type, chunks(ets:select(named, [{'_', [], ['$_']}], 5))}),
        d({Type, ets:select_count(named, [{'_', [], [true]}]), ets:take(named, 2),
           ets:select_delete(named, [{{'$1', '_'}, [{'>', '$1', 9}], [true]}])}),
        d({Type, ets:tab2list(named), ets:foldl(fun({K, _}, A) -> A + K end, 0, named)}),
        ets:delete_all_objects(named),
        d({Type, ets:info(named, size), ets:tab2list(named)}),
        true = ets:delete(named),
        d({Type, ets:info(named)})
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
