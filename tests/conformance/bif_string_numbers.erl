-module(bif_string_numbers).
-export([main/0]).

%% string:list_to_integer/1, string:list_to_float/1 (BIFs) and the
%% decimal-comma forms list_to_float/1 and binary_to_float/1 accept.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

main() ->
    [d(string:list_to_integer(S)) || S <- ["123", "123abc", "-45 x", "+7", "+-1", "-",
                                           "+", "", "abc", "007", "12345678901234567890123rest",
                                           [$1 | foo], [$-, $1 | <<"b">>], [$1 + 256, $2 | bar],
                                           [$1, 1.0], [$1, -1]]],
    d(string:list_to_integer(foo)),
    d(string:list_to_integer(<<"12">>)),
    [d(string:list_to_float(S)) || S <- ["1.5", "1.5e3rest", "1,5e3xyz", "-2.25", "+1.5",
                                         "1x", "12.", ".5", "1.5e", "-1.5e+", "1.5e+.",
                                         "1.5e-", "1.5ee", "1.5e+e", "1.5e.", "2.3e--",
                                         "2.3e++", "1.5E2", "1..5", "1.5.5", "", "x",
                                         "1.0e400", "1.0e-400", "1.5e10e", [$1, $., $2 | foo],
                                         [$1, $., $2, foo], "+-1.5", "--1.5", "1.2e3.4",
                                         "123456789.123456789e-5tail"]],
    d(string:list_to_float(foo)),
    d(c(fun() -> list_to_float("1,5") end)),
    d(c(fun() -> list_to_float("1,5e2") end)),
    d(c(fun() -> binary_to_float(<<"2,25">>) end)),
    d(c(fun() -> list_to_float("1.0e-400") end)),
    d(c(fun() -> list_to_float("1.0e400") end)),
    d(c(fun() -> list_to_float("1;5") end)),
    d(string:to_integer("  42")),
    d(string:to_integer(<<"42 rest">>)),
    d(string:to_float("3.25abc")),
    d(string:to_float(<<"-0.5e1!">>)),
    ok.
