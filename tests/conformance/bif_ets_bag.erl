-module(bif_ets_bag).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% bag and duplicate_bag tables.
main() ->
    [run(Type) || Type <- [bag, duplicate_bag]],
    ok.

run(Type) ->
    T = ets:new(b, [Type]),
    d(Type),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 1}, {k, 3}]),
    ets:insert(T, {k, 2}),
    d(ets:lookup(T, k)),
    d(ets:info(T, size)),
    d(ets:lookup_element(T, k, 2)),
    d(e(fun() -> ets:lookup_element(T, k, 3) end)),
    d(ets:member(T, j)),
    d(ets:insert_new(T, {j, 9})),
    d(ets:insert_new(T, {i, 9})),
    d(ets:delete_object(T, {k, 2})),
    d(ets:lookup(T, k)),
    d(ets:delete_object(T, {k, 99})),
    d(lists:sort(ets:match(T, {'$1', 1}))),
    d(lists:sort(ets:match_object(T, {k, '_'}))),
    d(ets:select_count(T, [{{k, '_'}, [], [true]}])),
    d(ets:take(T, k)),
    d(ets:lookup(T, k)),
    ets:insert(T, [{1, a}, {1.0, b}, {1, a}]),
    d({ets:lookup(T, 1), ets:lookup(T, 1.0)}),
    d(e(fun() -> ets:update_counter(T, 1, 1) end)),
    d(e(fun() -> ets:update_element(T, 1, {2, x}) end)),
    d(lists:sort(ets:tab2list(T))),
    d(ets:delete(T, 1)),
    d(lists:sort(ets:tab2list(T))),
    d(lists:sort(walk(T, ets:first(T)))),
    d(ets:info(T, type)),
    ets:delete(T).

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
