-module(bif_float_conv).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Fs = [0.0, -0.0, 1.0, 0.1, 1/3, 123.456, 1.0e20, 1.0e-20, 5.0e-324, 1.7976931348623157e308, -2.5],
    [d(float_to_list(F)) || F <- Fs],
    [d(float_to_list(F, [short])) || F <- Fs],
    [d(float_to_list(F, [{decimals, 3}])) || F <- [0.0, 1/3, 2.5, -1.0005, 123.4567, 1.0e10]],
    [d(float_to_list(F, [{decimals, 2}, compact])) || F <- [1.0, 1.5, 1.25, 0.1]],
    [d(float_to_list(F, [{scientific, 4}])) || F <- [0.0, 1/3, 12345.678, -1.0e-10]],
    [d(list_to_float(S)) || S <- ["1.0", "-0.5", "1.5e10", "2.0E-3", "123.456e+2", "0.0"]],
    [d(catch_err(fun() -> list_to_float(S) end)) || S <- ["1", "1.", ".5", "1e10", "abc", "1.0x"]],
    d(catch_err(fun() -> float_to_list(1) end)),
    d(list_to_float(float_to_list(0.1)) =:= 0.1),
    d(float_to_list(1.0e15, [short])),
    d(float_to_list(1.0e16, [short])),
    d(float_to_list(123456789012345680.0, [short])),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
