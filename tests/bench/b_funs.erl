-module(b_funs).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
loop(0, _, Acc) -> Acc;
loop(N, F, Acc) -> loop(N - 1, F, F(N, Acc)).
run() ->
    K = 3,
    F = fun(X, A) -> A + X * K end,
    G = fun lists:max/1,
    erlang:display({loop(3000000, F, 0), G([1, 5, 2])}).
