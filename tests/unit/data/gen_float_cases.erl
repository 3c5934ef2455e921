%% Generator for the expected-value table in tests/unit/float_format_test.cpp.
%%
%% Prints one C++ initializer line per case:
%%
%%     {0x<IEEE-754 bits as 16 hex digits>ull, "<float_to_list(F, [short])>"},
%%
%% The floats are identified by their bit patterns, so there is no
%% decimal-parsing ambiguity between Erlang and C++.  The expected strings
%% come from the real ERTS BIF float_to_list/2 (which is also what
%% io_lib:format("~w", [F]) prints).
%%
%% Regenerate (from the repository root) with:
%%
%%     erlc -o /tmp tests/unit/data/gen_float_cases.erl
%%     erl -noshell -pa /tmp -s gen_float_cases main -s init stop > /tmp/cases.inc
%%
%% and paste /tmp/cases.inc between the BEGIN/END markers of the test table.
%% The pseudo-random parts use a fixed seed, so the output is reproducible.
-module(gen_float_cases).
-export([main/0]).

main() ->
    rand:seed(exsss, {20240, 53, 1074}),
    Floats = edge_cases() ++ layout_grid() ++ around_2_pow_53() ++
             random_bits(200) ++ random_moderate_bits(120) ++
             random_nice_decimals(150),
    Bits = dedup([float_bits(F) || F <- Floats]),
    [io:format("    {0x~16.16.0Bull, \"~s\"},~n",
               [B, float_to_list(bits_float(B), [short])]) || B <- Bits],
    ok.

%% Hand-picked values, as bit patterns or Erlang floats.
edge_cases() ->
    BitCases =
        [16#0000000000000000,   % 0.0
         16#8000000000000000,   % -0.0
         16#0000000000000001,   % smallest subnormal
         16#8000000000000001,
         16#0000000000000002,
         16#0000000000000003,
         16#00000000000003E8,
         16#000FFFFFFFFFFFFF,   % largest subnormal
         16#800FFFFFFFFFFFFF,
         16#0008000000000000,
         16#0010000000000000,   % smallest normal
         16#8010000000000000,
         16#0010000000000001,
         16#7FEFFFFFFFFFFFFF,   % largest finite
         16#FFEFFFFFFFFFFFFF,
         16#7FEFFFFFFFFFFFFE,
         16#7FE0000000000000,
         16#3FF0000000000000,   % 1.0
         16#3FF0000000000001,   % 1.0 + ulp
         16#3FEFFFFFFFFFFFFF,   % 1.0 - ulp
         16#BFF0000000000000],
    [bits_float(B) || B <- BitCases] ++
    [0.5, 2.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, math:pi(), math:exp(1),
     -1.5, 10.0, 99.0, 100.0, 101.0, 999.0, 1000.0, 1001.0, 1.0e4, 1234.5,
     12345.0, 123456.0, 1.0e-4, 1.0e-5, 1.5e-4, 1.5e-5, 0.001234, 0.0001234,
     1234567890.0, 12345678900.0, 123456789.0, 1.23456789e9, 1.23456789e10,
     5.0e-324, 1.0e-323, 2.2250738585072014e-308, 1.7976931348623157e308,
     9.999999999999999e22, 1.0e23, 8.41e21, 5.0e-310, 4.9406564584124654e-324,
     299792458.0, 6.02214076e23, 1.602176634e-19, 0.30000000000000004] ++
    [math:pow(2, E) || E <- [-1074, -1073, -1022, -1021, -100, -53, -52, -1,
                             1, 10, 31, 32, 51, 52, 53, 54, 55, 56, 57, 58,
                             59, 60, 63, 64, 100, 1000, 1023]] ++
    [pow10(E) || E <- lists:seq(-25, 25) ++
                      [-323, -322, -320, -310, -309, -308, -307, -300, -200,
                       -100, -99, -50, 50, 99, 100, 200, 300, 306, 307, 308]].

%% Mantissas of various digit counts at many decimal exponents, to exercise
%% the fixed/scientific switch.
layout_grid() ->
    Mantissas = [1, 12, 123, 1234, 12345, 123456789, 1234567890123456,
                 12345678901234567],
    [sign_alt(M, E, list_to_float(integer_to_list(M) ++ ".0e" ++
                                  integer_to_list(E)))
     || M <- Mantissas, E <- lists:seq(-22, 18)].

sign_alt(M, E, F) ->
    case (M + E) rem 5 of
        0 -> -F;
        _ -> F
    end.

%% Integers near 2^53 (and x10, x100 variants), where ERTS forces
%% scientific notation for some values that would otherwise be fixed.
around_2_pow_53() ->
    P = 1 bsl 53,
    [float(P + D) || D <- lists:seq(-6, 6)] ++
    [float(P - 2 * D) || D <- lists:seq(4, 10)] ++
    [float(N * 10) || N <- lists:seq(900719925474095, 900719925474103)] ++
    [float(N * 100) || N <- lists:seq(90071992547405, 90071992547413)] ++
    [float(N * 1000) || N <- lists:seq(9007199254738, 9007199254743)] ++
    [float(P * 2 + D) || D <- [-4, -2, 0, 2, 4, 8]] ++
    [-float(P), -float(P - 1), float(P * 4), float(P * 10)].

%% Uniformly random finite bit patterns (mostly huge/tiny magnitudes).
random_bits(0) ->
    [];
random_bits(N) ->
    B = rand:uniform(1 bsl 64) - 1,
    case (B bsr 52) band 16#7FF of
        16#7FF -> random_bits(N);           % NaN/inf: not an Erlang float
        _ -> [bits_float(B) | random_bits(N - 1)]
    end.

%% Random bit patterns with magnitudes roughly in [1.0e-7, 1.0e19].
random_moderate_bits(0) ->
    [];
random_moderate_bits(N) ->
    Sign = rand:uniform(2) - 1,
    Exp = 1023 - 24 + rand:uniform(88),
    Frac = rand:uniform(1 bsl 52) - 1,
    B = (Sign bsl 63) bor (Exp bsl 52) bor Frac,
    [bits_float(B) | random_moderate_bits(N - 1)].

%% Random "nice" decimals such as 123.45 or 6.0e-3, parsed by Erlang.
random_nice_decimals(0) ->
    [];
random_nice_decimals(N) ->
    Digits = rand:uniform(9),
    M = rand:uniform(pow10int(Digits)),
    E = rand:uniform(31) - 16,
    F0 = list_to_float(integer_to_list(M) ++ ".0e" ++ integer_to_list(E)),
    F = case rand:uniform(4) of
            1 -> -F0;
            _ -> F0
        end,
    [F | random_nice_decimals(N - 1)].

pow10(E) ->
    list_to_float("1.0e" ++ integer_to_list(E)).

pow10int(0) -> 1;
pow10int(N) -> 10 * pow10int(N - 1).

float_bits(F) ->
    <<B:64>> = <<F/float>>,
    B.

bits_float(B) ->
    <<F/float>> = <<B:64>>,
    F.

dedup(L) ->
    dedup(L, #{}).

dedup([H | T], Seen) when is_map_key(H, Seen) ->
    dedup(T, Seen);
dedup([H | T], Seen) ->
    [H | dedup(T, Seen#{H => true})];
dedup([], _) ->
    [].
