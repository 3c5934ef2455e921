-module(bif_ets_update_element).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.

%% update_element/3 and insert_new/2 on set and ordered_set.
main() ->
    [run(Type) || Type <- [set, ordered_set]],
    ok.

run(Type) ->
    T = ets:new(u, [Type]),
    d(Type),
    ets:insert(T, {k, 1, 2, 3}),
    d(ets:update_element(T, k, {2, one})),
    d(ets:update_element(T, k, [{3, two}, {4, three}, {3, again}])),
    d(ets:lookup(T, k)),
    d(ets:update_element(T, k, [])),
    d(ets:update_element(T, missing, {2, x})),
    d(e(fun() -> ets:update_element(T, k, {5, x}) end)),
    d(e(fun() -> ets:update_element(T, k, [{2, x}, {0, y}]) end)),
    d(e(fun() -> ets:update_element(T, k, {a, x}) end)),
    d(e(fun() -> ets:update_element(T, k, x) end)),
    d(ets:lookup(T, k)),
    d(ets:insert_new(T, [])),
    d(ets:insert_new(T, [{n1}, {n2, x}])),
    d(ets:insert_new(T, [{n3}, {k}])),
    d(lists:sort(ets:tab2list(T))),
    d(ets:insert_new(T, {1.0, float})),
    d(ets:insert_new(T, {1, int})),
    d(lists:sort(ets:tab2list(T))),
    ets:delete(T).
