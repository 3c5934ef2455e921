-module(b_exceptions).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
f(N) when N rem 3 =:= 0 -> throw(N);
f(N) when N rem 3 =:= 1 -> error({bad, N});
f(N) -> N.
loop(0, Acc) -> Acc;
loop(N, Acc) ->
    V = try f(N) catch throw:T -> T; error:{bad, B} -> B * 2 end,
    loop(N - 1, Acc + V).
run() -> erlang:display(loop(300000, 0)).
