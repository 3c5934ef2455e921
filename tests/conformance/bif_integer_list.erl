-module(bif_integer_list).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(integer_to_list(N)) || N <- [0, 7, -7, 123456789, -576460752303423488, 1 bsl 64, -(1 bsl 100)]],
    [d({B, integer_to_list(255, B), integer_to_list(-255, B)}) || B <- [2, 3, 8, 10, 16, 36]],
    d(integer_to_list(1 bsl 100, 16)),
    d(integer_to_list(-(1 bsl 70) + 1, 36)),
    [d(list_to_integer(S)) || S <- ["0", "42", "-42", "+42", "007", "123456789012345678901234567890",
                                    "-99999999999999999999"]],
    [d({S, B, list_to_integer(S, B)}) || {S, B} <- [{"ff", 16}, {"FF", 16}, {"-ff", 16}, {"777", 8},
                                                    {"101010", 2}, {"zz", 36}, {"Zz", 36},
                                                    {"1000000000000000000000000000", 16}]],
    [d(catch_err(fun() -> list_to_integer(S) end)) || S <- ["", "-", "1.0", "12a", " 1", "+"]],
    d(catch_err(fun() -> list_to_integer("12", 1) end)),
    d(catch_err(fun() -> list_to_integer("12", 37) end)),
    d(catch_err(fun() -> list_to_integer("9", 8) end)),
    d(catch_err(fun() -> integer_to_list(1.0) end)),
    d(catch_err(fun() -> integer_to_list(10, 99) end)),
    d(catch_err(fun() -> list_to_integer(abc) end)),
    d(list_to_integer(integer_to_list(1 bsl 500)) =:= 1 bsl 500),
    d(erlang:list_to_integer("  12" -- "  ")),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
