-module(p_pingpong).
-export([main/0]).
%% 500,000 round trips between two processes.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    P = spawn(fun pong/0),
    erlang:display(ping(P, 500000)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
pong() -> receive {ping, From} -> From ! pong, pong(); stop -> ok end.
ping(P, 0) -> P ! stop, done;
ping(P, N) -> P ! {ping, self()}, receive pong -> ping(P, N - 1) end.
