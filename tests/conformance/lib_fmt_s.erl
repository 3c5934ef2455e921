-module(lib_fmt_s).
-export([main/0]).

f(Fmt, Args) -> erlang:display(lists:flatten(io_lib:format(Fmt, Args))).

main() ->
    f("~s", ["hello"]),
    f("~s", [<<"binary">>]),
    f("~s", [atom]),
    f("~s", [["deep", [$i, "o"], <<"list">>]]),
    f("[~10s]", ["pad"]),
    f("[~-10s]", ["pad"]),
    f("[~3s]", ["truncated"]),
    f("[~10.4s]", ["precision"]),
    f("[~-10.4s]", ["precision"]),
    f("[~.2s]", ["xyz"]),
    f("[~10..xs]", ["fill"]),
    f("[~*s]", [8, "star"]),
    f("[~*.*s]", [8, 3, "starstar"]),
    f("~ts", [[1024, 97]]),
    f("~c~c~c", [$a, $b, $c]),
    f("[~5c]", [$x]),
    f("[~-5c]", [$x]),
    f("[~5.2c]", [$y]),
    f("~tc", [1024]),
    f("~~ ~n", []),
    f("a~nb", []),
    f("~i~w", [ignored, shown]),
    f("~s and ~s", ["one", "two"]),
    ok.
