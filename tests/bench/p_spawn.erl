-module(p_spawn).
-export([main/0]).
%% Spawn and exit of 1,000,000 processes, at most 1000 alive at a time.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    erlang:display(run(1000000, 1000)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
run(N, Window) ->
    Self = self(),
    start(Window, Self),
    loop(N - Window, Self, 0).
start(0, _) -> ok;
start(K, Self) -> spawn(fun() -> Self ! done end), start(K - 1, Self).
loop(Left, Self, Done) ->
    receive
        done when Left > 0 -> spawn(fun() -> Self ! done end), loop(Left - 1, Self, Done + 1);
        done when Left =:= 0 -> drain(Done + 1)
    end.
drain(Done) when Done =:= 1000000 -> Done;
drain(Done) -> receive done -> drain(Done + 1) end.
