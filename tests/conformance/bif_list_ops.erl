-module(bif_list_ops).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    L = id([3, 1, 2, 1, {k, v}, "s", 1.0]),
    erlang:display(lists:reverse(L)),
    erlang:display(lists:reverse(L, [tail])),
    erlang:display(lists:reverse(id([]), id(x))),
    erlang:display([lists:member(X, L) || X <- [1, 1.0, {k, v}, "s", missing]]),
    KL = id([{a, 1}, {b, 2}, {c, 3, x}, {1, one}, {1.0, float_one}]),
    erlang:display([lists:keyfind(K, 1, KL) || K <- [a, c, 1, 1.0, zz]]),
    erlang:display([lists:keysearch(K, 1, KL) || K <- [b, zz]]),
    erlang:display(lists:keymember(3, 2, KL)),
    erlang:display(lists:keyfind(x, 3, KL)),
    erlang:display(L ++ [end1]),
    erlang:display([] ++ id(improper)),
    erlang:display(id([1, 2]) ++ id(improper)),
    erlang:display(L -- [1, 1.0, "s", nothere]),
    erlang:display(lists:seq(1, 10) -- lists:seq(2, 10, 2)),
    erlang:display(id([a, b, a, c, a]) -- id([a, a])),
    erlang:display(length(lists:seq(1, 5000) -- lists:seq(1, 5000, 3))),
    erlang:display([t(fun() -> id(improper) ++ [1] end), t(fun() -> id([1 | 2]) ++ [1] end),
                    t(fun() -> id([1]) -- id(a) end), t(fun() -> id([1 | 2]) -- [1] end),
                    t(fun() -> lists:reverse(id(x)) end), t(fun() -> lists:member(1, id([2 | 3])) end),
                    t(fun() -> lists:keyfind(a, 0, KL) end), t(fun() -> lists:keyfind(a, 1, id(x)) end),
                    t(fun() -> length(id(x)) end), t(fun() -> hd(id([])) end)]),
    erlang:display(length(id(lists:duplicate(1000, x)))),
    erlang:display(erlang:list_to_tuple(id([]))),
    erlang:display([hd(id([h | t])), tl(id([h | t])), tl(id([x]))]),
    erlang:display(lists:keyfind(1, 1, [{1.0, a}, {1, b}])),
    erlang:display(lists:member(1, [1.0])),
    ok.
