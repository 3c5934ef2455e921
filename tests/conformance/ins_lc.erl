-module(ins_lc).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d([X * X || X <- lists:seq(1, 10)]),
    d([X || X <- lists:seq(1, 20), X rem 3 =:= 0]),
    d([{X, Y} || X <- [1, 2, 3], Y <- [a, b]]),
    d([{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), X + Y =:= 5]),
    d([X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3}]]),
    d([[C] || C <- "hello", C =/= $l]),
    d(pyth(30)),
    d(qsort([5, 3, 8, 1, 9, 2, 7, 4, 6, 0])),
    d(perms([a, b, c])),
    d([X || X <- [1, a, 2.0, "s", {t}], is_number(X)]),
    d(length([ok || _ <- lists:seq(1, 100000)])),
    d([{I, J} || I <- lists:seq(1, 3), J <- lists:seq(1, 3), I < J]),
    d([X + Y || X <- [1, 2], Y <- [10, 20], _ <- [x, y]]),
    d([X || X <- [], X > 0]),
    d([1 || true]),
    d([1 || false]),
    N = 3,
    d([N * X || X <- lists:seq(1, N)]),
    d(lists:sum([X || X <- lists:seq(1, 1000), X rem 7 =:= 0 orelse X rem 11 =:= 0])),
    ok.

pyth(N) ->
    [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N),
                  A * A + B * B =:= C * C].

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).

perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
