-module(ins_select_val).
-export([main/0]).

id(X) -> X.

atoms(a) -> 1; atoms(b) -> 2; atoms(c) -> 3; atoms(d) -> 4; atoms(e) -> 5;
atoms(f) -> 6; atoms(g) -> 7; atoms(h) -> 8; atoms(i) -> 9; atoms(j) -> 10;
atoms(_) -> other.

dense(0) -> zero; dense(1) -> one; dense(2) -> two; dense(3) -> three;
dense(4) -> four; dense(5) -> five; dense(6) -> six; dense(7) -> seven;
dense(8) -> eight; dense(9) -> nine; dense(_) -> many.

sparse(-1000000) -> a; sparse(-5) -> b; sparse(0) -> c; sparse(17) -> d;
sparse(1 bsl 40) -> e; sparse(99999999) -> f; sparse(12345678901234567890) -> big;
sparse(_) -> none.

floats(1.0) -> one; floats(2.5) -> two_half; floats(-0.0) -> neg_zero; floats(_) -> nf.

arity({}) -> 0; arity({_}) -> 1; arity({_, _}) -> 2; arity({_, _, _}) -> 3;
arity({_, _, _, _, _, _, _, _, _, _}) -> 10; arity(T) when is_tuple(T) -> n; arity(_) -> no.

tagged({ok, V}) -> {got, V};
tagged({error, R}) -> {err, R};
tagged({ok, A, B}) -> {got2, A, B};
tagged({point, X, Y, Z}) -> X + Y + Z;
tagged(_) -> unknown.

chars(C) ->
    case C of
        $a -> vowel; $e -> vowel; $i -> vowel; $o -> vowel; $u -> vowel;
        $\s -> space; $\n -> newline; $0 -> digit; $9 -> digit;
        _ when C > 127 -> high;
        _ -> other
    end.

main() ->
    erlang:display([atoms(id(X)) || X <- [a, b, c, d, e, f, g, h, i, j, k, 1, "a"]]),
    erlang:display([dense(id(X)) || X <- [-1, 0, 1, 5, 9, 10, 1.0, a]]),
    erlang:display([sparse(id(X)) || X <- [-1000000, -5, 0, 17, 1 bsl 40, 99999999,
                                           12345678901234567890, 18, 0.0]]),
    erlang:display([floats(id(X)) || X <- [1.0, 1, 2.5, -0.0, 0.0, a]]),
    erlang:display([arity(id(X)) || X <- [{}, {1}, {1, 2}, {1, 2, 3}, {1, 2, 3, 4},
                                          list_to_tuple(lists:seq(1, 10)), [], a]]),
    erlang:display([tagged(id(X)) || X <- [{ok, 1}, {error, x}, {ok, 1, 2}, {point, 1, 2, 3},
                                           {other, 1}, {ok}, ok]]),
    erlang:display([chars(id(X)) || X <- "aeiouxyz \n09" ++ [200, 1000]]),
    ok.
