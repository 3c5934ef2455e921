-module(b_bignum).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
digits(0, Acc) -> Acc;
digits(N, Acc) -> digits(N div 10, Acc + N rem 10).
run() -> F = fact(3000), erlang:display(digits(F, 0)).
