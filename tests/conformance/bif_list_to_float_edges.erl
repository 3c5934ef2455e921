-module(bif_list_to_float_edges).
-export([main/0]).
%% list_to_float/1 and binary_to_float/1: accepted and rejected forms.
d(X) -> erlang:display(X).
main() ->
    L = ["1.0", "-1.0", "+1.0", "1.0e10", "1.0E10", "1.0e+10", "1.0e-10", "1e10", "1.", ".5",
         "1.5e", "1.5e+", "0.0", "-0.0", "00001.5000", "1.0 ", " 1.0", "1,5", "1.5x",
         "1.7976931348623157e308", "1.8e308", "4.9e-324", "1.0e-400", "123456789012345678901234567890.5",
         "", "-", "1.0.0", "1_000.0", "0.1e1", "9.999999999999999e22", "1.0e0", "1.0e00000000000000000001",
         [49, 46, 48, 256], [$1, $., $0 | x]],
    [d({S, catch list_to_float(S)}) || S <- L],
    [d({S, catch binary_to_float(B)}) || S <- L, {ok, B} <- [catch {ok, list_to_binary(S)}]],
    [d(catch binary_to_float(X)) || X <- [<<1:1>>, 1.0, "1.0", <<"1.0", 0>>, <<"2.0e3">>]],
    [d(catch list_to_float(X)) || X <- [<<"1.0">>, 1.0, atom, [1.0]]],
    ok.
