-module(ins_lc_nested).
-export([main/0]).

id(X) -> X.

main() ->
    erlang:display([{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2]),
    erlang:display([X * Y || X <- lists:seq(1, 4), Y <- lists:seq(X, 4)]),
    erlang:display([X || {X, true} <- [{1, true}, {2, false}, x, {3, true}]]),
    erlang:display([[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]),
    erlang:display([X || X <- id([1, 2, 3, 4, 5, 6]), X rem 2 =:= 0, X > 2]),
    erlang:display([X + 1 || <<X>> <= id(<<1, 2, 3>>)]),
    erlang:display([A || [A | _] <- [[1], [], [2, 3], a]]),
    erlang:display(<< <<X, Y>> || X <- [1, 2], Y <- [3, 4] >>),
    erlang:display([X || X <- [], X > 0]),
    erlang:display(length([x || _ <- lists:seq(1, 100000)])),
    erlang:display([{I, J, K} || I <- [1, 2], J <- [I + 1], K <- [I * J], K > 2]),
    erlang:display([X || X <- [1, a, "s", 2.0], is_number(X)]),
    erlang:display([case X of 1 -> one; _ -> many end || X <- [1, 2]]),
    Pyth = [{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C],
    erlang:display(Pyth),
    ok.
