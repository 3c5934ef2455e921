-module(bif_ets_ordered).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% ordered_set: term order, keys compared with == (1 and 1.0 are one key).
main() ->
    T = ets:new(o, [ordered_set]),
    Keys = [b, 3, "str", {1, 2}, [], 2.5, <<"b">>, {1}, a, -7, 1 bsl 70, [a | b], {0, 9}, make_ref_free],
    ets:insert(T, [{K, v} || K <- Keys]),
    d(ets:tab2list(T)),
    d([K || {K, _} <- ets:tab2list(T)] =:= lists:sort(Keys)),
    d(walk(T, ets:first(T))),
    d(rwalk(T, ets:last(T))),
    ets:insert(T, {1, int}),
    ets:insert(T, {1.0, float}),
    d({ets:lookup(T, 1), ets:lookup(T, 1.0), ets:member(T, 1)}),
    d(ets:insert_new(T, {1, again})),
    d(ets:delete(T, 1)),
    d(ets:lookup(T, 1.0)),
    %% next/prev from keys not in the table follow the term order
    d({ets:next(T, 0), ets:next(T, zzz), ets:prev(T, zzz), ets:prev(T, -100), ets:next(T, <<"z">>)}),
    d({ets:first(T), ets:last(T)}),
    %% partially bound keys use the tree order
    P = ets:new(p, [ordered_set]),
    ets:insert(P, [{{X, Y}, X * 10 + Y} || X <- lists:seq(1, 5), Y <- lists:seq(1, 4)]),
    ets:insert(P, [{{3, a}, atom}, {{3, 1.5}, float}, {3, bare}, {{3, 1, 1}, triple}]),
    d(ets:match(P, {{3, '$1'}, '$2'})),
    d(ets:select(P, [{{{3, '$1'}, '_'}, [{'>', '$1', 2}], ['$_']}])),
    d(ets:select_reverse(P, [{{{3, '_'}, '$1'}, [], ['$1']}])),
    d(ets:match_object(P, {{'_', 4}, '_'})),
    d(ets:select(P, [{{{2, '$1'}, '_'}, [], ['$1']}, {{{4, '$1'}, '_'}, [], [{{four, '$1'}}]}])),
    d(ets:select_count(P, [{{{3, '_'}, '_'}, [], [true]}])),
    d(ets:lookup(P, {3, 1.0})),
    d(ets:match(P, {{3, 1.0}, '$1'})),
    d(ets:match(P, {{3.0, 1}, '$1'})),
    d(ets:select(P, [{{{3, 1}, '$1'}, [], ['$1']}])),
    %% slot/2 numbers objects in key order
    d([ets:slot(P, I) || I <- [0, 1, 5]]),
    d(ets:slot(P, ets:info(P, size))),
    d(e(fun() -> ets:slot(P, ets:info(P, size) + 1) end)),
    d(e(fun() -> ets:slot(P, -1) end)),
    %% update_counter keeps the stored key
    C = ets:new(c, [ordered_set]),
    ets:insert(C, {1.0, 0}),
    d(ets:update_counter(C, 1, 5)),
    d(ets:tab2list(C)),
    d(ets:update_counter(C, 2, 1, {0, 100})),
    d(ets:tab2list(C)),
    d(ets:take(C, 1)),
    d(ets:tab2list(C)),
    d(ets:info(C, type)),
    ets:insert(C, [{dup, 1}, {dup, 2}, {dup, 3}]),
    d(ets:lookup(C, dup)),
    d(ets:insert_new(C, [{dup2, 1}, {dup2, 2}])),
    d(ets:lookup(C, dup2)),
    ets:insert(C, [{dup, 1}, {dup, 2}, {dup, 3}]),
    d(ets:lookup(C, dup)),
    d(ets:insert_new(C, [{dup2, 1}, {dup2, 2}])),
    d(ets:lookup(C, dup2)),
    ok.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
rwalk(_, '$end_of_table') -> [];
rwalk(T, K) -> [K | rwalk(T, ets:prev(T, K))].
