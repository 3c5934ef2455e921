-module(bif_ets_order_bag).
-export([main/0]).
%% bag and duplicate_bag order: keys in hash order, objects of a key in
%% insertion order; re-inserts, delete_object, growth.
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 9, I}) || I <- lists:seq(1, 60)],
        ets:insert(T, {3, 3}),
        ets:insert(T, [{4, x}, {4, y}, {4, x}]),
        d({Type, ets:tab2list(T)}),
        d(ets:lookup(T, 4)),
        ets:delete_object(T, {4, x}),
        ets:delete_object(T, {5, 14}),
        d(ets:lookup(T, 4)),
        d(ets:select(T, [{{'$1', '$2'}, [{'<', '$2', 10}], [{{'$2', '$1'}}]}])),
        d(ets:match(T, {'$1', 5})),
        d(ets:first(T)),
        d(ets:next(T, ets:first(T))),
        [ets:insert(T, {K, K}) || K <- lists:seq(100, 700)],
        d(erlang:phash2(ets:tab2list(T))),
        d(lists:sublist(ets:tab2list(T), 12)),
        d(ets:info(T, size))
    end, [bag, duplicate_bag]),
    ok.
