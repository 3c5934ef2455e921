-module(b_bignum).
-export([main/0]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, Acc + N rem 10).
main() -> F = fact(3000), erlang:display(digits(F, 0)).
