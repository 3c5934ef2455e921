-module(bench_text_log).
-export([log/0]).
%% A deterministic 10 MB log shared by the t_* benchmarks: lines like
%% "000123 2026-11-27T12:00:07 INFO  worker-17 request 4711 took 23 ms".
log() ->
    iolist_to_binary(lines(0, 10 * 1024 * 1024, [])).

lines(_, Left, Acc) when Left =< 0 -> lists:reverse(Acc);
lines(I, Left, Acc) ->
    Level = element(I rem 7 + 1, {<<"INFO ">>, <<"INFO ">>, <<"DEBUG">>, <<"WARN ">>,
                                  <<"INFO ">>, <<"ERROR">>, <<"DEBUG">>}),
    L = iolist_to_binary(io_lib:format("~6..0w 2026-11-27T12:~2..0w:~2..0w ~s worker-~w request ~w took ~w ms~n",
                                       [I, I div 60 rem 60, I rem 60, Level, I rem 32, I * 7 rem 10007, I rem 97])),
    lines(I + 1, Left - byte_size(L), [L | Acc]).
