-module(lib_io_lib_floats).
-export([main/0]).

d(X) -> erlang:display(X).

f(Fmt, Args) -> d(lists:flatten(io_lib:format(Fmt, Args))).

main() ->
    Fs = [0.0, 1.0, -1.5, 0.1, 1/3, 100.0, 1.0e-7, 1.0e21, 123456.789, 5.0e-324],
    [f("~w", [F]) || F <- Fs],
    [f("~p", [F]) || F <- Fs],
    [f("~f", [F]) || F <- Fs],
    [f("~e", [F]) || F <- Fs],
    [f("~g", [F]) || F <- Fs],
    d(io_lib_format:fwrite_g(0.1)),
    d(float_to_list(2/3, [{decimals, 10}])),
    ok.
