-module(b_sort).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
rand(0, _, Acc) -> Acc;
rand(N, S, Acc) -> S1 = (S * 1103515245 + 12345) rem 2147483648, rand(N - 1, S1, [S1 | Acc]).
run() ->
    L = rand(1000000, 7, []),
    S = lists:sort(L),
    erlang:display({length(S), hd(S), lists:last(S)}).
