-module(ins_float_regs).
-export([main/0]).

id(X) -> X.

poly(X) when is_float(X) -> 3.0 * X * X - 2.0 * X + 1.0.

norm(X, Y, Z) when is_float(X), is_float(Y), is_float(Z) -> math:sqrt(X * X + Y * Y + Z * Z).

integrate(F, A, B, N) ->
    H = (B - A) / N,
    integrate(F, A, H, N, 0, 0.0).
integrate(_, _, H, N, N, Acc) -> Acc * H;
integrate(F, A, H, N, I, Acc) -> integrate(F, A, H, N, I + 1, Acc + F(A + (I + 0.5) * H)).

mixed(X, Y) -> (X + 0.5) * (Y - 1) / 3.

main() ->
    erlang:display([poly(id(X)) || X <- [0.0, 1.0, -2.5, 1.0e10]]),
    erlang:display(norm(id(1.0), id(2.0), id(2.0))),
    erlang:display(integrate(fun(X) -> X * X end, 0.0, 1.0, 1000)),
    erlang:display(mixed(id(1), id(4))),
    erlang:display(mixed(id(1.5), id(2.0))),
    erlang:display(catch mixed(id(a), 1)),
    erlang:display(catch poly(id(1))),
    erlang:display(catch id(1.0e308) * id(10.0)),
    erlang:display(catch id(1.0) / id(0.0)),
    erlang:display(catch id(1) / id(0)),
    erlang:display(catch -id(0.0)),
    erlang:display(id(0.1) + id(0.2)),
    erlang:display(id(1.0e-320) * id(1.0)),
    erlang:display(id(5.0e-324) / 2),
    erlang:display(float(id(1 bsl 70))),
    erlang:display(catch float(id(1 bsl 1100))),
    erlang:display(id(2.0) - id(1 bsl 60)),
    erlang:display(abs(id(-3.5))),
    erlang:display({trunc(id(-2.5)), round(id(-2.5)), floor(id(-2.5)), ceil(id(-2.5))}),
    erlang:display({trunc(id(1.0e20)), round(id(2.5)), round(id(3.5))}),
    ok.
