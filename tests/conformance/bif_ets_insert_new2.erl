-module(bif_ets_insert_new2).
-export([main/0]).
%% insert_new/2 with single objects and lists on every type.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, S =/= []} end.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        d({Type,
           ets:insert_new(T, {a, 1}),
           ets:insert_new(T, {a, 2}),
           ets:insert_new(T, [{b, 1}, {c, 1}]),
           ets:insert_new(T, [{d, 1}, {b, 2}]),
           ets:insert_new(T, [{e, 1}, {e, 2}]),
           ets:insert_new(T, []),
           ets:insert_new(T, {1, x}),
           ets:insert_new(T, {1.0, y}),
           e(fun() -> ets:insert_new(T, [{f, 1}, bad]) end),
           e(fun() -> ets:insert_new(T, {}) end),
           lists:sort(ets:tab2list(T))})
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
