-module(t_bin_match).
-export([main/0]).
%% binary:match/2 and binary:matches/2 (one and two patterns, compiled and
%% not) on a 10 MB log.
main() ->
    Log = bench_text_log:log(),
    T0 = erlang:monotonic_time(microsecond),
    Miss = [binary:match(Log, <<"NOT THERE">>) || _ <- lists:seq(1, 5)],
    Last = binary:match(Log, <<"request 1 took">>),
    Errors = length(binary:matches(Log, <<"ERROR">>)),
    Cp = binary:compile_pattern([<<"ERROR">>, <<"WARN">>]),
    Both = length(binary:matches(Log, Cp)),
    Both2 = length(binary:matches(Log, [<<"took 9 ms">>, <<"worker-31 ">>])),
    erlang:display({Miss, Last, Errors, Both, Both2}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
