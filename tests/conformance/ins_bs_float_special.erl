-module(ins_bs_float_special).
-export([main/0]).

id(X) -> X.

f64(<<F:64/float>>) -> {float, F};
f64(<<X:64>>) -> {not_a_float, X}.

f32(<<F:32/float>>) -> {float, F};
f32(<<X:32>>) -> {not_a_float, X}.

f16(<<F:16/float>>) -> {float, F};
f16(<<X:16>>) -> {not_a_float, X}.

main() ->
    erlang:display([f64(id(B)) || B <- [<<16#7FF0000000000000:64>>, <<16#FFF0000000000000:64>>,
                                        <<16#7FF8000000000000:64>>, <<16#0000000000000001:64>>,
                                        <<16#8000000000000000:64>>, <<16#3FF0000000000000:64>>]]),
    erlang:display([f32(id(B)) || B <- [<<16#7F800000:32>>, <<16#7FC00000:32>>, <<16#00000001:32>>,
                                        <<16#3F800000:32>>, <<16#C0490FDB:32>>]]),
    erlang:display([f16(id(B)) || B <- [<<16#7C00:16>>, <<16#7E00:16>>, <<16#0001:16>>, <<16#3C00:16>>,
                                        <<16#C000:16>>, <<16#7BFF:16>>, <<16#8000:16>>]]),
    erlang:display([<<(id(F)):16/float>> || F <- [1.0, -2.0, 65504.0, 6.0e-8, 0.1, 1.0e-10, -0.0, 3]]),
    erlang:display([catch <<(id(F)):16/float>> || F <- [65520.0, 1.0e10]]),
    erlang:display([<<(id(F)):32/float>> || F <- [1.0e-40, 3.4028234663852886e38, 0.1]]),
    erlang:display([catch <<(id(F)):32/float>> || F <- [3.5e38, 1.0e300]]),
    erlang:display(<<(id(1 bsl 100)):64/float>>),
    erlang:display(catch <<(id(1 bsl 1100)):64/float>>),
    erlang:display([X || <<X:32/float-little>> <= id(<<1.5:32/float-little, 2.5:32/float-little>>)]),
    ok.
