-module(bif_ets_select_delete2).
-export([main/0]).
%% select_delete/2 on every table type, with bound keys, guards, and while fixed.
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 13, I}) || I <- lists:seq(1, 80)],
        d({Type, ets:select_delete(T, [{{'$1', '$2'}, [{'>', '$2', 70}], [true]}])}),
        d({Type, ets:select_delete(T, [{{4, '_'}, [], [true]}])}),
        d({Type, ets:select_delete(T, [{{'_', '_'}, [], [false]}])}),
        d({Type, ets:select_delete(T, [{{'_', '$1'}, [{'==', {'rem', '$1', 2}, 0}], [true]}, {{'$1', '_'}, [], [{'==', '$1', 3}]}])}),
        d({Type, ets:info(T, size), ets:tab2list(T)}),
        ets:safe_fixtable(T, true),
        d({Type, ets:select_delete(T, [{{'$1', '_'}, [{'<', '$1', 6}], [true]}])}),
        d(ets:tab2list(T)),
        ets:safe_fixtable(T, false),
        [ets:insert(T, {I, I}) || I <- lists:seq(1, 5000)],
        d({Type, ets:select_delete(T, [{{'$1', '_'}, [{'>', '$1', 20}], [true]}]), ets:info(T, size),
           ets:info(T, memory)}),
        d(ets:tab2list(T))
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
