-module(bif_ets_take2).
-export([main/0]).
%% take/2 on every type, with 1 vs 1.0 keys.
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        ets:insert(T, [{1, a}, {1, b}, {2, c}, {2.0, d}, {x, e}]),
        d({Type, ets:take(T, 1), ets:take(T, 1), ets:take(T, 2.0), ets:take(T, 2), ets:take(T, zz),
           ets:info(T, size), ets:tab2list(T)})
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
