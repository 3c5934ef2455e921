-module(lib_io_lib_format).
-export([main/0]).

d(X) -> erlang:display(X).

f(Fmt, Args) -> d(lists:flatten(io_lib:format(Fmt, Args))).

main() ->
    f("plain text", []),
    f("~w", [{a, "list", [1, 2], 1.5}]),
    f("~p", [{a, "list", [1, 2], 1.5}]),
    f("~s and ~s", ["string", atom]),
    f("~b ~.2b ~.16b ~.36B", [255, 5, 255, 12345]),
    f("~e ~f ~g", [1.5, 1.5, 1.5]),
    f("~.3e ~.3f ~.3g", [3.14159, 3.14159, 3.14159]),
    f("~10.2f|~-10.2f|", [2.5, 2.5]),
    f("~c~c~c", [$a, $b, $c]),
    f("~5c", [$x]),
    f("~.16# ~.2# ~.8B", [255, 5, -64]),
    f("~#", [255]),
    f("~10w|~-10w|", [abc, abc]),
    f("~~ tilde", []),
    f("~n", []),
    f("~i~w", [ignored, shown]),
    f("~p", [lists:seq(1, 40)]),
    f("~P", [lists:seq(1, 40), 5]),
    f("~W", [{a, [b, [c, [d, [e]]]]}, 4]),
    f("~p", [{record_like, "a string", 'quoted atom', [{nested, 1.0e-10}]}]),
    f("~80p", [[{key, value} || _ <- lists:seq(1, 8)]]),
    f("~s", [[$a, [$b, "cd"], $e]]),
    f("~ts", ["unicode é"]),
    f("~w", [-0.0]),
    f("~w ~w ~w", [0.1, 1.0e100, 123456789.0]),
    f("~p", [1 bsl 100]),
    d(io_lib:write(x)),
    d(lists:flatten(io_lib:write([1, {2}, "three"]))),
    d(lists:flatten(io_lib:write_atom('needs quotes'))),
    d(lists:flatten(io_lib:write_string("q\"uote"))),
    d(lists:flatten(io_lib:print({a, b}))),
    ok.
