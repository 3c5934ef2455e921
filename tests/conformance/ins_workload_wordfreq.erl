-module(ins_workload_wordfreq).
-export([main/0]).

text() ->
    "the quick brown fox jumps over the lazy dog the dog barks and the fox runs "
    "away into the brown forest where the quick birds sing over the lazy river ".

words(S) -> words(S, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
words([$\s | T], [], Acc) -> words(T, [], Acc);
words([$\s | T], W, Acc) -> words(T, [], [lists:reverse(W) | Acc]);
words([C | T], W, Acc) -> words(T, [C | W], Acc).

main() ->
    Ws = lists:append(lists:duplicate(200, words(text()))),
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Ws),
    Sorted = lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Freq)),
    erlang:display(lists:sublist(Sorted, 10)),
    erlang:display(length(Ws)),
    Bin = list_to_binary(lists:join(" ", Ws)),
    erlang:display(byte_size(Bin)),
    Letters = lists:foldl(fun(C, T) -> setelement(C - $a + 1, T, element(C - $a + 1, T) + 1) end,
                          erlang:make_tuple(26, 0), [C || C <- binary_to_list(Bin), C >= $a, C =< $z]),
    erlang:display(Letters),
    ok.
