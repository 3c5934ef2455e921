-module(bif_math2).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Fs = [sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, exp, log, log2, log10, sqrt,
          ceil, floor, erf, erfc],
    erlang:display([{F, math:F(id(0.5))} || F <- Fs]),
    erlang:display([math:acosh(id(2.0)), math:atanh(id(0.5)), math:pi()]),
    erlang:display([math:pow(id(2), 10), math:pow(id(2.0), -1), catch math:pow(id(-8.0), 1 / 3)]),
    erlang:display([math:atan2(id(1), id(1)), math:atan2(id(-1.0), id(-0.0)), math:fmod(id(7.5), id(2))]),
    erlang:display([math:floor(id(-1.5)), math:ceil(id(-1.5)), math:floor(id(3)), math:sqrt(id(2))]),
    erlang:display([t(fun() -> math:sqrt(id(-1)) end), t(fun() -> math:log(id(0)) end),
                    t(fun() -> math:log(id(-1.0)) end), t(fun() -> math:acos(id(2)) end),
                    t(fun() -> math:pow(id(10.0), id(400)) end), t(fun() -> math:exp(id(1000)) end),
                    t(fun() -> math:sin(id(a)) end), t(fun() -> math:fmod(id(1.0), id(0.0)) end),
                    t(fun() -> math:sqrt(id(1 bsl 2000)) end), t(fun() -> math:pow(id(a), 1) end),
                    t(fun() -> math:pow(1, id(a)) end), t(fun() -> math:pow(id(1 bsl 2000), a) end),
                    t(fun() -> math:atan2(id(1), id("x")) end)]),
    erlang:display([math:sin(id(1 bsl 60)), math:log(id(1 bsl 1000)), math:sqrt(id(1 bsl 100))]),
    erlang:display([math:exp(id(-1000)), math:log2(id(1024)), math:log10(id(1.0e-5))]),
    ok.
