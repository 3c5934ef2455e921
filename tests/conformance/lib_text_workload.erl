-module(lib_text_workload).
-export([main/0]).

d(X) -> erlang:display(X).

%% List/orddict/string-free text processing (no io_lib, no unicode module).
main() ->
    Text = "the quick brown fox jumps over the lazy dog the fox barks and the dog sleeps",
    Words = split_words(Text),
    d(length(Words)),
    Freq = lists:foldl(fun(W, Acc) -> orddict:update_counter(W, 1, Acc) end, orddict:new(), Words),
    d(Freq),
    d(lists:sublist(lists:reverse(lists:keysort(2, Freq)), 3)),
    d(caesar(Text, 3)),
    d(caesar(caesar(Text, 3), 23) =:= Text),
    d([W || W <- Words, W =:= lists:reverse(W)]),
    d([palindrome(S) || S <- ["racecar", "level", "hello", "a", ""]]),
    d(lists:usort(Text) -- " "),
    d(run_length("aaabccddddde")),
    d(lists:flatten(lists:join("-", lists:map(fun capitalize/1, lists:sublist(Words, 4))))),
    ok.

split_words(S) -> split_words(S, [], []).
split_words([], [], Acc) -> lists:reverse(Acc);
split_words([], W, Acc) -> lists:reverse([lists:reverse(W) | Acc]);
split_words([$\s | T], [], Acc) -> split_words(T, [], Acc);
split_words([$\s | T], W, Acc) -> split_words(T, [], [lists:reverse(W) | Acc]);
split_words([C | T], W, Acc) -> split_words(T, [C | W], Acc).

caesar(S, K) -> [if C >= $a, C =< $z -> $a + (C - $a + K) rem 26; true -> C end || C <- S].

palindrome(S) -> S =:= lists:reverse(S).

run_length([]) -> [];
run_length([C | T]) -> run_length(T, C, 1, []).
run_length([C | T], C, N, Acc) -> run_length(T, C, N + 1, Acc);
run_length([D | T], C, N, Acc) -> run_length(T, D, 1, [{C, N} | Acc]);
run_length([], C, N, Acc) -> lists:reverse([{C, N} | Acc]).

capitalize([C | T]) when C >= $a, C =< $z -> [C - 32 | T];
capitalize(S) -> S.
