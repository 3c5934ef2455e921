-module(lib_fmt_p).
-export([main/0]).

-record(rec, {a = 1, b = "two", c = [3]}).

f(Fmt, Args) -> erlang:display(lists:flatten(io_lib:format(Fmt, Args))).

main() ->
    Long = [{key, I, lists:seq(1, I)} || I <- lists:seq(1, 12)],
    f("~p", [Long]),
    f("~p~n", [#{a => [1, 2, 3], "str" => <<"bin">>, {t} => 1.5}]),
    f("~p", [#rec{}]),
    f("~p", [[{a, "abc"}, "def", 'q a', <<"xyz">>, <<1, 2, 3>>, <<"é"/utf8>>]]),
    f("~p", [lists:seq(1, 100)]),
    f("~50p", [Long]),
    f("~10p", [{aaa, bbb, ccc, ddd}]),
    f("~p", ["a string with \"quotes\" and \n newline"]),
    f("~p", [[1, 2 | 3]]),
    f("~p", [{1.0, -0.0, 1.0e100, 123.456}]),
    f("~P", [Long, 5]),
    f("~P", [lists:seq(1, 20), 8]),
    f("~P", [#{a => #{b => #{c => d}}}, 3]),
    f("~P", [<<"a long binary that is cut">>, 3]),
    f("~tp", [[1024, 1025]]),
    f("~p", [[1024, 1025]]),
    f("~lp", [[65, 66]]),
    f("~p", [[[], [[]], {}, {{}}]]),
    f("~p", [fun lists:map/2]),
    f("~p", [deep_tuple(30)]),
    f("~20p|", [abc]),
    ok.

deep_tuple(0) -> leaf;
deep_tuple(N) -> {N, deep_tuple(N - 1)}.
