-module(bif_float_to_text_options).
-export([main/0]).
%% float_to_list/2 and float_to_binary/2 with every option, on awkward values.
d(X) -> erlang:display(X).
main() ->
    Fs = [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 123456789.123456789, 1.0e-10, 5.0e-324,
          1.7976931348623157e308, 2.5, 3.5, -2.5, 0.125, 1.0e15, 1.0e16, 9007199254740993.0,
          123.456, 0.000123, 99.995, 1.005],
    Opts = [[], [short], [compact], [{decimals, 0}], [{decimals, 2}], [{decimals, 10}],
            [{decimals, 20}], [{decimals, 4}, compact], [{scientific, 0}], [{scientific, 3}],
            [{scientific, 20}], [{decimals, 3}, {scientific, 2}], [{scientific, 2}, {decimals, 3}],
            [short, {decimals, 2}], [{decimals, 2}, short], [compact, {scientific, 5}]],
    [d({F, O, catch float_to_list(F, O)}) || F <- Fs, O <- Opts],
    [d({F, O, catch float_to_binary(F, O)}) || F <- [0.1, -0.0, 1.0e300], O <- Opts],
    [d(catch float_to_list(1.0, O)) || O <- [[{decimals, 254}], [{decimals, 254}, compact],
                                              [{decimals, 256}], [{decimals, -1}], [{scientific, 250}],
                                              [{scientific, 249}], [bad], [{decimals, a}], x, [short | x]]],
    [d(catch float_to_binary(X)) || X <- [1, a, <<"1.0">>, 1.0e-5, 12345.678]],
    ok.
