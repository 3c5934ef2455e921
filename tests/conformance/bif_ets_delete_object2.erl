-module(bif_ets_delete_object2).
-export([main/0]).
%% delete/2, delete_object/2, delete_all_objects/1 on every type, also while fixed.
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 1}, {1, a}, {1.0, b}]),
        d({Type, ets:tab2list(T)}),
        d({Type, ets:delete_object(T, {k, 1}), ets:lookup(T, k)}),
        d({Type, ets:delete_object(T, {k, 3}), ets:lookup(T, k)}),
        d({Type, ets:delete_object(T, {1.0, a}), ets:lookup(T, 1), ets:lookup(T, 1.0)}),
        d({Type, ets:delete(T, 1), ets:delete(T, nokey), ets:tab2list(T)}),
        ets:insert(T, [{I, I} || I <- lists:seq(1, 20)]),
        ets:safe_fixtable(T, true),
        ets:delete_object(T, {5, 5}), ets:delete(T, 6), ets:delete(T, k),
        d({Type, ets:info(T, size), ets:member(T, 5), ets:lookup(T, 7)}),
        ets:insert(T, {5, again}),
        d({Type, ets:lookup(T, 5), lists:sublist(ets:tab2list(T), 8)}),
        ets:safe_fixtable(T, false),
        d({Type, lists:sublist(ets:tab2list(T), 8), ets:info(T, size)}),
        d({Type, ets:delete_all_objects(T), ets:tab2list(T), ets:info(T, size)})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
