-module(ins_float_arith).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(1.5 + 2.25),
    d(0.1 + 0.2),
    d(1.0 - 3),
    d(2 * 3.5),
    d(1 / 3),
    d(10 / 4),
    d(-7.5 / 2.5),
    d(1.0e300 * 1.0e5 / 1.0e10),
    d(3.0 * (1 bsl 70)),
    d((1 bsl 70) / 2.0),
    d(-0.0 * 1),
    d(0.0 - 0.0),
    d(-(0.0)),
    d(float(1 bsl 80)),
    d(sum_floats([0.1 || _ <- lists:seq(1, 10)], 0.0)),
    d(loop_mul(1.0, 1.1, 100)),
    d(newton_sqrt(2.0, 1.0, 20)),
    d(poly(2.5)),
    d(mean([1, 2.5, 3, 4.75])),
    d(catch (1.0e308 + 1.0e308 - 1.0e308 > 0)),
    d(catch (1.0e308 * 10.0)),
    d(catch (1.0e308 + 1.0e308)),
    d(catch (-1.0e308 * 10)),
    d(trunc(1.0e20)),
    d(round(2.5)),
    d(round(-2.5)),
    d(round(0.49999999999999994)),
    d(trunc(-3.99)),
    d(5.0e-324 / 2),
    d(2.2250738585072014e-308 / 2),
    ok.

sum_floats([], Acc) -> Acc;
sum_floats([H | T], Acc) -> sum_floats(T, Acc + H).

loop_mul(X, _, 0) -> X;
loop_mul(X, F, N) -> loop_mul(X * F, F, N - 1).

newton_sqrt(_, G, 0) -> G;
newton_sqrt(X, G, N) -> newton_sqrt(X, (G + X / G) / 2, N - 1).

poly(X) -> 3.0 * X * X * X - 2 * X * X + X / 7 - 1.

mean(L) -> lists:sum(L) / length(L).
