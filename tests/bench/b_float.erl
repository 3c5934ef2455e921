-module(b_float).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
loop(0, X, Acc) -> {X, Acc};
loop(N, X, Acc) -> X1 = X * 1.0000001 + 0.5 / (X + 1.0), loop(N - 1, X1 - 0.25, Acc + X1 * 0.001).
run() -> {X, A} = loop(3000000, 1.0, 0.0), erlang:display(trunc(X * 1000) + trunc(A)).
