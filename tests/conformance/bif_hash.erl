-module(bif_hash).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Terms = [0, 1, -1, 1 bsl 64, 1.5, a, abc, [], [1, 2, 3], "hello", {}, {a, b}, {1, [2], 3.0}],
    [d({erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash(T, 1 bsl 32)}) || T <- Terms],
    ok.
