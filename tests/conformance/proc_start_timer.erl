-module(proc_start_timer).
-export([main/0]).
%% erlang:start_timer/3,4 deliver {timeout, TimerRef, Msg}.
main() ->
    R = erlang:start_timer(10, self(), ding),
    erlang:display(is_reference(R)),
    receive {timeout, TR, Msg} -> erlang:display({timeout, is_reference(TR), Msg}) end,
    erlang:start_timer(5, self(), {a, [b]}),
    receive {timeout, _, M2} -> erlang:display(M2) end,
    register(st_name, self()),
    erlang:start_timer(5, st_name, named),
    receive {timeout, _, M3} -> erlang:display(M3) end,
    [erlang:start_timer(T, self(), T) || T <- [30, 10, 20]],
    erlang:display([receive {timeout, _, T} -> T end || _ <- [1, 2, 3]]),
    ok.
