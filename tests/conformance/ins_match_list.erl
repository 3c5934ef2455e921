-module(ins_match_list).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(shape(L)) || L <- [[], [a], [a, b], [a, b, c], [1 | 2], "abc", [[]], [[1], [2]],
                          "hello world", [a, a], [x, y, x]]],
    d(prefix("foobar")),
    d(prefix("barfoo")),
    d(prefix("fo")),
    [H | T] = [1, 2, 3],
    d({H, T}),
    [A, B | Rest] = lists:seq(10, 15),
    d({A, B, Rest}),
    "abc" ++ Tail = "abcdef",
    d(Tail),
    d(count_pairs([1, 1, 2, 2, 3, 4, 4], 0)),
    d(last([1, 2, 3, 4])),
    d(zip2([a, b, c], [1, 2, 3])),
    d(improper([1, 2 | three])),
    d(string_kind("")),
    d(string_kind("x")),
    d(string_kind([$a | "bc"])),
    ok.

shape([]) -> nil;
shape([X]) -> {one, X};
shape([X, X]) -> {twin, X};
shape([X, _, X]) -> {sandwich, X};
shape([_, _]) -> two;
shape([$a, $b, $c]) -> abc_string;
shape([_ | T]) when not is_list(T) -> improper;
shape([[] | _]) -> starts_with_nil;
shape([[_] | _]) -> starts_with_singleton;
shape([$h | _] = S) -> {starts_with_h, length(S)};
shape(L) -> {other, length(L)}.

prefix("foo" ++ R) -> {foo, R};
prefix("bar" ++ R) -> {bar, R};
prefix(S) -> {none, S}.

count_pairs([X, X | T], N) -> count_pairs(T, N + 1);
count_pairs([_ | T], N) -> count_pairs(T, N);
count_pairs([], N) -> N.

last([X]) -> X;
last([_ | T]) -> last(T).

zip2([X | Xs], [Y | Ys]) -> [{X, Y} | zip2(Xs, Ys)];
zip2([], []) -> [].

improper([_ | T]) when is_list(T) -> improper(T);
improper([_ | T]) -> {tail, T}.

string_kind([]) -> empty;
string_kind([C]) when C >= $a, C =< $z -> single_lower;
string_kind([_ | _]) -> longer.
