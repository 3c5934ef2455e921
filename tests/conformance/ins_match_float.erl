-module(ins_match_float).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(fk(F)) || F <- [0.0, 1.0, 1, 0.5, -0.5, 2.5, 3.14159, 1.0e10, 1.0e-10, 100.0, -1.0]],
    d(fk(-0.0)),
    d(zero_kind(0.0)),
    d(zero_kind(-0.0)),
    d(zero_kind(0)),
    d(0.0 =:= -0.0),
    d(0.0 == -0.0),
    d(0.0 == 0),
    d(0.0 =:= 0),
    {X, Y} = {1.5, 2.5},
    d(X + Y),
    1.5 = X,
    d(range(0.25)),
    d(range(1.75)),
    d(range(-3.0)),
    d(range(1)),
    ok.

fk(0.0) -> zero;
fk(1.0) -> one;
fk(0.5) -> half;
fk(-0.5) -> neg_half;
fk(2.5) -> two_and_half;
fk(1.0e10) -> ten_billion;
fk(F) when is_float(F), F < 0 -> negative;
fk(F) when is_float(F) -> {other_float, F};
fk(I) -> {not_float, I}.

zero_kind(Z) when Z =:= 0.0 -> exact_pos_zero;
zero_kind(Z) when Z == 0 -> equal_zero;
zero_kind(_) -> nonzero.

range(F) when F >= 0, F < 1 -> unit;
range(F) when F >= 1.0, F < 2.0 -> one_two;
range(F) when F < 0.0 -> neg;
range(_) -> other.
