-module(bif_ets_set).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% set tables: insert/lookup/delete family, keys compared with =:=.
main() ->
    T = ets:new(t, [set]),
    d(is_reference(T)),
    d(ets:insert(T, {a, 1})),
    d(ets:insert(T, [{b, 2}, {c, 3, extra}, {a, 10}])),
    d(ets:lookup(T, a)),
    d(ets:lookup(T, zz)),
    d(lists:sort(ets:tab2list(T))),
    d(ets:info(T, size)),
    d(ets:insert_new(T, {a, 99})),
    d(ets:insert_new(T, [{d, 4}, {a, 5}])),
    d(ets:lookup(T, d)),
    d(ets:insert_new(T, [{d, 4}, {e, 5}])),
    d(ets:member(T, d)),
    d(ets:member(T, zz)),
    %% 1 and 1.0 are different keys in a set
    ets:insert(T, {1, int}),
    ets:insert(T, {1.0, float}),
    d({ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 1.0)}),
    ets:delete(T, 1.0),
    d({ets:lookup(T, 1), ets:lookup(T, 1.0)}),
    d(ets:lookup_element(T, c, 3)),
    d(ets:lookup_element(T, c, 1)),
    d(e(fun() -> ets:lookup_element(T, c, 4) end)),
    d(e(fun() -> ets:lookup_element(T, nokey, 1) end)),
    d(e(fun() -> ets:lookup_element(T, c, 0) end)),
    d(ets:update_element(T, c, {2, 30})),
    d(ets:update_element(T, c, [{2, 31}, {3, more}])),
    d(ets:lookup(T, c)),
    d(ets:update_element(T, nokey, {2, 1})),
    d(e(fun() -> ets:update_element(T, c, {1, x}) end)),
    d(e(fun() -> ets:update_element(T, c, {4, x}) end)),
    d(ets:delete_object(T, {c, 0, 0})),
    d(ets:lookup(T, c)),
    d(ets:delete_object(T, {c, 31, more})),
    d(ets:lookup(T, c)),
    d(ets:take(T, b)),
    d(ets:take(T, b)),
    d(ets:delete(T, a)),
    d(ets:delete(T, a)),
    d(lists:sort(ets:tab2list(T))),
    %% complex keys and values
    K = {key, [1, 2, "three"], <<"bin">>, #{m => 1}, 2.5},
    V = {K, lists:seq(1, 50), list_to_binary(lists:seq(1, 200)), 123456789012345678901234567890},
    ets:insert(T, V),
    d(ets:lookup(T, K) =:= [V]),
    d(ets:lookup(T, setelement(5, K, 2.50))),
    d(ets:member(T, setelement(5, K, 3))),
    %% walk with first/next
    d(lists:sort(walk(T, ets:first(T)))),
    d(ets:delete_all_objects(T)),
    d({ets:info(T, size), ets:first(T), ets:last(T), ets:tab2list(T)}),
    d(e(fun() -> ets:next(T, nokey) end)),
    %% keypos
    K2 = ets:new(k2, [{keypos, 2}]),
    ets:insert(K2, [{x, 1, a}, {y, 2, b}, {z, 1, c}]),
    d(lists:sort(ets:tab2list(K2))),
    d(ets:lookup(K2, 1)),
    d(e(fun() -> ets:insert(K2, {only_one}) end)),
    d(ets:info(K2, keypos)),
    d([ets:info(T, I) || I <- [type, named_table, keypos, protection, size, heir, node,
                               compressed, read_concurrency, write_concurrency,
                               decentralized_counters, fixed, safe_fixed]]),
    %% a list with repeated keys
    ets:insert(T, [{dup, 1}, {dup, 2}, {dup, 3}]),
    d(ets:lookup(T, dup)),
    d(ets:insert_new(T, [{dup2, 1}, {dup2, 2}])),
    d(ets:lookup(T, dup2)),
    %% a list with repeated keys
    ets:insert(T, [{dup, 1}, {dup, 2}, {dup, 3}]),
    d(ets:lookup(T, dup)),
    d(ets:insert_new(T, [{dup2, 1}, {dup2, 2}])),
    d(ets:lookup(T, dup2)),
    d(ets:delete(T)),
    d(ets:info(T)),
    d(ets:info(T, size)),
    d(e(fun() -> ets:lookup(T, a) end)),
    d(e(fun() -> ets:insert(T, {a}) end)),
    ok.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
