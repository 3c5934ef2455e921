-module(t_bin_split).
-export([main/0]).
%% binary:split/3 global on a 10 MB log (about 180,000 lines), 3 times.
main() ->
    Log = bench_text_log:log(),
    T0 = erlang:monotonic_time(microsecond),
    N = lists:sum([length(binary:split(Log, <<"\n">>, [global])) || _ <- [1, 2, 3]]),
    erlang:display({byte_size(Log), N}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
