-module(bif_lists).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d([1, 2] ++ [3, 4]),
    d([] ++ [a]),
    d([a] ++ b),
    d([1, 2, 3, 2, 1] -- [2, 1]),
    d([a, b, c] -- [d]),
    d(lists:seq(1, 10) -- lists:seq(2, 10, 2)),
    d(length([])),
    d(length(lists:seq(1, 12345))),
    d(hd([x, y])),
    d(tl([x, y])),
    d(lists:reverse([1, 2, 3])),
    d(lists:reverse([1, 2], [3, 4])),
    d(lists:member(3, [1, 2, 3])),
    d(lists:member(3.0, [1, 2, 3])),
    d(lists:keyfind(b, 1, [{a, 1}, {b, 2}, {b, 3}])),
    d(lists:keyfind(2, 2, [{a, 1}, {b, 2}])),
    d(lists:keyfind(z, 1, [{a, 1}])),
    d(lists:keyfind(1, 1, [{1.0, float}, {1, int}])),
    d(lists:keysearch(b, 1, [{a, 1}, {b, 2}])),
    d(lists:keysearch(c, 1, [{a, 1}])),
    d(lists:keymember(a, 1, [{a, 1}])),
    d(lists:keymember(a, 2, [{a, 1}])),
    d(erlang:length([a, b | [c]])),
    [d(catch_err(F)) || F <- [fun() -> length([a | b]) end,
                              fun() -> hd([]) end,
                              fun() -> tl([]) end,
                              fun() -> [1 | 2] ++ [3] end,
                              fun() -> [1, 2] -- a end,
                              fun() -> lists:reverse(a) end,
                              fun() -> lists:member(a, b) end,
                              fun() -> lists:keyfind(a, 0, []) end]],
    Big = lists:seq(1, 20000),
    d(length(Big -- lists:seq(1, 20000, 3))),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
