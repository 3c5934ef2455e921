-module(ins_bignum).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    F1000 = fact(1000),
    d(F1000),
    d(length(integer_to_list(F1000))),
    d(F1000 div fact(998)),
    d(pow(2, 1000)),
    d(pow(3, 500) - pow(3, 499)),
    d(pow(-7, 77)),
    d(pow(2, 64) * pow(2, 64)),
    d(pow(2, 64) - 1),
    d(-pow(2, 64) + 1),
    d(pow(10, 40) div 7),
    d(pow(10, 40) rem 7),
    d(-pow(10, 40) div 7),
    d(-pow(10, 40) rem 7),
    d(pow(10, 40) div -pow(10, 20)),
    d(fib(300)),
    d(gcd(fact(50), pow(2, 100) * pow(3, 20))),
    d(isqrt(pow(10, 60) + 12345)),
    d(sum_digits(pow(2, 1000))),
    d(576460752303423487 + 1),
    d(-576460752303423488 - 1),
    d(1152921504606846975 * 2),
    d(9223372036854775807 + 1),
    d(-9223372036854775808 - 1),
    d(18446744073709551615 * 18446744073709551615),
    d(pow(2, 200) - pow(2, 200) + 5),
    d(pow(2, 100) > pow(2, 99)),
    d(-pow(2, 100) < pow(2, 2)),
    d(pow(2, 100) == pow(2, 100)),
    d(abs(-pow(5, 60))),
    d(catalan(60)),
    ok.

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

isqrt(N) -> isqrt(N, N).
isqrt(N, X) ->
    Y = (X + N div X) div 2,
    if Y >= X -> X; true -> isqrt(N, Y) end.

sum_digits(0) -> 0;
sum_digits(N) -> N rem 10 + sum_digits(N div 10).

catalan(N) -> fact(2 * N) div (fact(N + 1) * fact(N)).
