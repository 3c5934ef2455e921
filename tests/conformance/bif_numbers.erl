-module(bif_numbers).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d({X, abs(X)}) || X <- [0, -3, 3, -2.5, -0.0, -(1 bsl 80)]],
    [d({X, trunc(X), round(X), floor(X), ceil(X)}) || X <- [2.5, -2.5, 3.7, -3.7, 0.5, -0.5, 1.0e17, 5, -5, 1 bsl 70]],
    [d({X, float(X)}) || X <- [0, 1, -1, 1 bsl 60, 3.25]],
    d(max(1, 2)),
    d(min(1, 2)),
    d(max([a], {a})),
    d(erlang:max(3.0, 3)),
    d(erlang:min(3.0, 3)),
    d(catch_err(fun() -> abs(a) end)),
    d(catch_err(fun() -> trunc("1") end)),
    d(catch_err(fun() -> float(a) end)),
    d(catch_err(fun() -> round(1 bsl 2000 + 0.0) end)),
    d(is_integer(round(1.0e20))),
    d(round(1.0e20)),
    d(trunc(1.5e300) > 1 bsl 995),
    d(integer_to_list(trunc(1.0e25))),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
