-module(bif_ets_counter).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% ets:update_counter/3,4 in all forms, on set and ordered_set.
main() ->
    [run(Type) || Type <- [set, ordered_set]],
    ok.

run(Type) ->
    T = ets:new(c, [Type]),
    d(Type),
    ets:insert(T, {k, 0, 10, x}),
    d(ets:update_counter(T, k, 1)),
    d(ets:update_counter(T, k, -5)),
    d(ets:update_counter(T, k, {3, 7})),
    d(ets:update_counter(T, k, [{2, 1}, {3, 1}, {2, 100}])),
    d(ets:update_counter(T, k, [])),
    d(ets:lookup(T, k)),
    %% thresholds
    d(ets:update_counter(T, k, {2, 1000, 500, 0})),
    d(ets:update_counter(T, k, {2, -10, -5, 42})),
    d(ets:update_counter(T, k, {2, -100, -5, 42})),
    d(ets:update_counter(T, k, [{3, 1, 10, 1}, {3, 1, 100, 1}])),
    d(ets:lookup(T, k)),
    %% bignums
    d(ets:update_counter(T, k, {2, 1 bsl 64})),
    d(ets:update_counter(T, k, {2, -(1 bsl 64)})),
    d(ets:update_counter(T, k, {2, (1 bsl 59) - 100})),
    d(ets:update_counter(T, k, {2, 200})),
    d(ets:update_counter(T, k, {2, -(1 bsl 61)})),
    %% defaults
    d(ets:update_counter(T, new, 5, {new, 100})),
    d(ets:update_counter(T, new, 5, {new, 100})),
    d(ets:update_counter(T, other, {3, 2}, {ignored, 0, 1})),
    d(ets:lookup(T, other)),
    d(ets:update_counter(T, multi, [{2, 1}, {3, 2}], {multi, 0, 0})),
    %% errors
    d(e(fun() -> ets:update_counter(T, nokey, 1) end)),
    d(e(fun() -> ets:update_counter(T, k, {4, 1}) end)),
    d(e(fun() -> ets:update_counter(T, k, {1, 1}) end)),
    d(e(fun() -> ets:update_counter(T, k, {5, 1}) end)),
    d(e(fun() -> ets:update_counter(T, k, {0, 1}) end)),
    d(e(fun() -> ets:update_counter(T, k, a) end)),
    d(e(fun() -> ets:update_counter(T, k, {2, a}) end)),
    d(e(fun() -> ets:update_counter(T, k, {2, 1, a, 1}) end)),
    d(e(fun() -> ets:update_counter(T, k, [{2, 1}, {4, 1}]) end)),
    d(e(fun() -> ets:update_counter(T, k, [{2, 1} | bad]) end)),
    d(e(fun() -> ets:update_counter(T, k, {2, 1, 2}) end)),
    d(e(fun() -> ets:update_counter(T, nokey, 1, {nokey}) end)),
    d(e(fun() -> ets:update_counter(T, nokey, 1, not_a_tuple) end)),
    d(e(fun() -> ets:update_counter(T, nokey, {3, 1}, {nokey, 1}) end)),
    d(ets:lookup(T, k)),
    d(ets:lookup(T, nokey)),
    %% keypos 2
    K = ets:new(k, [Type, {keypos, 2}]),
    ets:insert(K, {1, key, 2}),
    d(ets:update_counter(K, key, 1)),
    d(ets:update_counter(K, key, {1, 1})),
    d(e(fun() -> ets:update_counter(K, key, {2, 1}) end)),
    d(ets:update_counter(K, nk, 1, {0, 0, 0})),
    d(lists:sort(ets:tab2list(K))),
    ok.
