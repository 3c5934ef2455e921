-module(lib_fmt_w).
-export([main/0]).

f(Fmt, Args) -> erlang:display(lists:flatten(io_lib:format(Fmt, Args))).

main() ->
    f("~w", [[1, 2, 3]]),
    f("~w", ["abc"]),
    f("~w", [{a, 'B', "c", <<"d">>, 1.5, -3}]),
    f("~w", [#{k => v, 1 => [2]}]),
    f("~w", [<<1:3>>]),
    f("~w", [['quoted atom', 'ok', '[]', 'é']]),
    f("~W", [lists:seq(1, 20), 5]),
    f("~W", [{a, {b, {c, {d, {e}}}}}, 3]),
    f("~W", [#{a => 1, b => 2, c => 3}, 2]),
    f("~10w|", [abc]),
    f("~-10w|", [abc]),
    f("~3w|", [abcdef]),
    f("~10.3w|", [x]),
    f("~w ~w", [1 bsl 100, -(1 bsl 64)]),
    f("~w", [[0.1, 1.0e-10, 2.0e20, 100.0]]),
    ok.
