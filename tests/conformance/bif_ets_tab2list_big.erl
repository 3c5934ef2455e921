-module(bif_ets_tab2list_big).
-export([main/0]).
%% Large tables of binaries, strings and tuples of numbers: the whole order.
d(X) -> erlang:display(X).
main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {<<I:32>>, integer_to_list(I)}) || I <- lists:seq(1, 5000)],
    L = ets:tab2list(T),
    d({length(L), erlang:phash2(L), lists:sublist(L, 10)}),
    d(lists:sublist(ets:select(T, [{{'$1', '$2'}, [{'<', {byte_size, '$2'}, 2}], ['$2']}]), 20)),
    S = ets:new(s, [duplicate_bag]),
    [ets:insert(S, {{I rem 97, I rem 89}, I}) || I <- lists:seq(1, 8000)],
    L2 = ets:tab2list(S),
    d({length(L2), erlang:phash2(L2), lists:sublist(L2, 10)}),
    F = ets:new(f, [bag]),
    [ets:insert(F, {I / 7, [I]}) || I <- lists:seq(1, 3000)],
    d(erlang:phash2(ets:tab2list(F))),
    d(lists:sublist(ets:tab2list(F), 6)),
    ok.
