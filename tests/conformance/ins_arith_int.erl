-module(ins_arith_int).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Vals = [0, 1, -1, 7, -7, 100, 576460752303423487, -576460752303423488, 1 bsl 62, 1 bsl 63],
    [d({A, -A, +A, A + 1, A - 1, A * 3, A * -3, abs(A)}) || A <- Vals],
    d(collatz(27, 0)),
    d(sum_squares(1000)),
    d(tri(100000)),
    d(mod_pow(3, 1000, 1000000007)),
    d(mod_pow(2, 100000, 998244353)),
    d(primes(100)),
    d(length(primes(10000))),
    d(digits_rev(1234567890)),
    d(7 * 6 - 2 + 10 div 3 - (-5)),
    d(((((1 + 2) * 3) - 4) * 5) div 6),
    ok.

collatz(1, S) -> S;
collatz(N, S) when N rem 2 =:= 0 -> collatz(N div 2, S + 1);
collatz(N, S) -> collatz(3 * N + 1, S + 1).

sum_squares(N) -> lists:sum([X * X || X <- lists:seq(1, N)]).

tri(N) -> N * (N + 1) div 2.

mod_pow(_, 0, _) -> 1;
mod_pow(B, E, M) when E rem 2 =:= 0 -> H = mod_pow(B, E div 2, M), H * H rem M;
mod_pow(B, E, M) -> B * mod_pow(B, E - 1, M) rem M.

primes(N) -> sieve(lists:seq(2, N)).
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].

digits_rev(0) -> [];
digits_rev(N) -> [N rem 10 | digits_rev(N div 10)].
