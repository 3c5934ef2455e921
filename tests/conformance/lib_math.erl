-module(lib_math).
-export([main/0]).

d(X) -> erlang:display(X).

f(F) -> d(float_to_list(F, [short])).

main() ->
    d(math:sqrt(2)),
    d(math:pow(2, 0.5)),
    d(math:pi()),
    d(math:exp(1)),
    d(math:log(10)),
    d(math:log2(1024)),
    d(math:log10(12345)),
    d(math:sin(math:pi() / 6)),
    d(math:cos(0)),
    d(math:tan(1)),
    d(math:atan2(1, -1)),
    d(math:floor(-2.5)),
    d(math:ceil(-2.5)),
    d(math:fmod(7.5, 2)),
    d(catch_err(fun() -> math:sqrt(-1) end)),
    d(catch_err(fun() -> math:log(0) end)),
    f(math:sqrt(2)),
    f(math:exp(1)),
    f(math:sin(1)),
    f(math:pow(10, -3)),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
