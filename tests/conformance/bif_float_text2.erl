-module(bif_float_text2).
-export([main/0]).

id(X) -> X.

main() ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1/3, 2/3, 10.0, 100.0, 1000.0, 1.0e15, 1.0e16,
          1.0e17, 123456789012345680.0, 1.0e21, 1.0e22, 1.0e23, 1.0e-5, 1.0e-6, 1.0e-7, 5.0e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793, 2.718281828459045,
          9007199254740992.0, 9007199254740993.0, 0.1 + 0.2, 1.0e100, 4.35, 0.015625],
    erlang:display([float_to_list(id(F), [short]) || F <- Fs]),
    erlang:display([float_to_list(id(F)) || F <- Fs]),
    erlang:display([io_lib:format("~w", [F]) || F <- Fs]),
    erlang:display([float_to_list(id(F), [{decimals, 3}]) || F <- Fs, abs(F) < 1.0e20]),
    erlang:display([float_to_list(id(F), [{scientific, 5}]) || F <- Fs]),
    erlang:display([list_to_float(float_to_list(id(F), [short])) =:= F || F <- Fs]),
    erlang:display([binary_to_term(term_to_binary(F)) =:= F || F <- Fs]),
    erlang:display([round(id(F)) || F <- [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370497.0]]),
    erlang:display([trunc(id(F)) || F <- [1.0e18, -1.0e18, 1.0e19, 0.9999999999999999]]),
    ok.
