-module(ins_strings).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d("hello"),
    d(""),
    d("tab\there"),
    d("newline\nhere"),
    d("quote\"inside"),
    d("back\\slash"),
    d([104, 105]),
    d([1, 2, 3]),
    d([$a, 200, $b]),
    d([$a, 256, $b]),
    d("caf\x{e9}"),
    d([16#1F600]),
    d([$a | $b]),
    d(["nested", "strings"]),
    d({"in", "tuple"}),
    d("abc" ++ "def"),
    d("abcdef" -- "bd"),
    d([C - 32 || C <- "upper"]),
    d(lists:reverse("stressed")),
    d([$\s, $\e, $\d, $\b, $\f, $\v, $\r, $\0, 127, 31]),
    d("\^A\^Z"),
    d('atom with spaces'),
    d('CamelAtom'),
    d('with\'quote'),
    d('é'),
    d([a, 'B', 'c d', '1x', x1, 'x-y', '[]', '{}', 'true', 'if', 'end', 'fun', 'receive', 'maybe']),
    ok.
