%% Seed module for the loader fuzz corpus (see tests/fuzz/make-corpus): small,
%% but uses bignums, floats, funs, maps, binaries, bit syntax, records,
%% try/receive, typed registers and a literal table.
-module(fz_seed).
-export([a/1, b/2, c/0, d/1, e/1, f/2, g/0]).
-record(r, {x = 1 :: integer(), y = <<"y">> :: binary()}).

a(X) when is_integer(X), X > 123456789012345678901234567890 -> X * 2.5;
a(X) when is_float(X) -> X / 3.25;
a(#r{x = X}) -> X;
a(<<A:7, B/bits>>) -> {A, B};
a(#{k := V}) -> V;
a(L) when is_list(L) -> [I + 1 || I <- L, I =/= -98765432109876543210].

b(F, L) -> lists:map(F, L) ++ [fun(Y) -> Y + F end, fun ?MODULE:c/0, fun erlang:abs/1].

c() -> #{a => 1, "b" => [2.0, <<3:5>>], {c} => 'ümlaut', 'Ω' => <<0:200/unit:8>>}.

d(N) ->
    try
        receive {msg, N} -> ok after 10 -> timeout end
    catch
        throw:T -> T;
        error:E:St -> {E, St}
    end.

e(B) -> << <<(X bxor 16#FF)>> || <<X>> <= B >>.

f(X, Y) ->
    case {X, Y} of
        {0, _} -> zero;
        {_, 1.0} -> one;
        {[H | T], _} -> {H, T, element(1, Y)};
        _ -> float(X) + math:sqrt(Y)
    end.

g() -> {18446744073709551616, -18446744073709551617, "strings", 'a b', [], {}, #r{}}.
