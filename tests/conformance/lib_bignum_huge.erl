-module(lib_bignum_huge).
-export([main/0]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).

fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

isqrt(N) -> isqrt(N, N, (N + 1) div 2).
isqrt(_, X, Y) when Y >= X -> X;
isqrt(N, _, Y) -> isqrt(N, Y, (Y + N div Y) div 2).

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

main() ->
    F = fact(1000),
    S = integer_to_list(F),
    erlang:display({length(S), lists:sublist(S, 30), lists:nthtail(length(S) - 30, S)}),
    erlang:display(erlang:phash2(F)),
    P = pow(3, 5000),
    erlang:display({length(integer_to_list(P)), P rem 1000000007, P band 16#FFFFFFFF}),
    Fb = fib(5000),
    erlang:display({length(integer_to_list(Fb)), Fb rem 999999937}),
    erlang:display(isqrt(pow(10, 200) + 12345)),
    erlang:display(gcd(fact(200), pow(2, 300) * pow(3, 50))),
    erlang:display(F div fact(998)),
    erlang:display((-F) div fact(999)),
    erlang:display((-F) rem (fact(500) + 1) < 0),
    erlang:display(F bsr 8000),
    erlang:display((F bsl 100) bsr 100 =:= F),
    erlang:display(bnot (1 bsl 200)),
    erlang:display(((1 bsl 300) - 1) bxor ((1 bsl 299) + 12345)),
    erlang:display(-(1 bsl 300) band ((1 bsl 310) - 1)),
    erlang:display((-(1 bsl 250)) bor 255),
    erlang:display(integer_to_list(pow(7, 300), 36)),
    erlang:display(list_to_integer(integer_to_list(F, 16), 16) =:= F),
    erlang:display(binary_to_term(term_to_binary(F)) =:= F),
    erlang:display(byte_size(term_to_binary(F))),
    erlang:display(abs(-F) =:= F),
    erlang:display(float(pow(10, 300))),
    erlang:display(catch float(pow(10, 400))),
    erlang:display(pow(2, 64) * pow(2, 64) - pow(2, 128)),
    erlang:display(F * 0),
    erlang:display(catch fact(30) div 1.0e10),
    erlang:display(fact(30) / 1.0e10),
    ok.
