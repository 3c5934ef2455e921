-module(t_re_log).
-export([main/0]).
%% re:run over a 10 MB log: global with captures, a count of matches and a
%% pattern that does not match.
main() ->
    Log = bench_text_log:log(),
    {ok, Re} = re:compile(<<"^(\\d+) \\S+ ERROR worker-(\\d+) request (\\d+)">>, [multiline]),
    T0 = erlang:monotonic_time(microsecond),
    {match, Ms} = re:run(Log, Re, [global, {capture, all_but_first, binary}]),
    {match, Ws} = re:run(Log, <<"took 9\\d ms">>, [global, {capture, first, index}]),
    Miss = re:run(Log, <<"FATAL|PANIC">>),
    erlang:display({length(Ms), hd(Ms), length(Ws), Miss}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
