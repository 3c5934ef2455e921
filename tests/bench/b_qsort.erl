-module(b_qsort).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
rand(0, _, Acc) -> Acc;
rand(N, S, Acc) -> S1 = (S * 1103515245 + 12345) rem 2147483648, rand(N - 1, S1, [S1 | Acc]).
run() ->
    L = rand(200000, 42, []),
    S = qsort(L),
    erlang:display({length(S), hd(S), lists:last(S)}).
