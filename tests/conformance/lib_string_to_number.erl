-module(lib_string_to_number).
-export([main/0]).
%% string:to_integer/1 and string:to_float/1 (the BIFs under them) with
%% rests, signs, unicode input and errors.
d(X) -> erlang:display(X).
main() ->
    In = ["123", "-123abc", "+7 ", "0012", "1e5", "12.5", "12.5e3x", "1.0e", ".5", "5.", "-0.0",
          "abc", "", "99999999999999999999999", [$1, $2, 16#664], <<"42 rest">>, <<"3.25e-2!">>,
          "1,5", "1.5,5", [$1 | <<"2">>], ["1", [<<"2">>, "3"]], "1_000"],
    [d({S, string:to_integer(S), string:to_float(S)}) || S <- In],
    [d({X, catch string:to_integer(X), catch string:to_float(X)}) || X <- [a, 1, [a], [-1], <<1:1>>]],
    ok.
