-module(p_selective).
-export([main/0]).
%% Calls answered through a fresh reference while 10,000 unrelated messages
%% wait in the caller's queue (receive markers make each receive O(1)).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    [self() ! {junk, I} || I <- lists:seq(1, 10000)],
    Server = spawn(fun server/0),
    erlang:display(calls(Server, 20000, 0)),
    Server ! stop,
    erlang:display(erlang:monotonic_time(microsecond) - T0).
server() -> receive {call, From, Ref, X} -> From ! {Ref, X * 2}, server(); stop -> ok end.
calls(_, 0, Acc) -> Acc;
calls(S, N, Acc) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, N},
    receive {Ref, R} -> calls(S, N - 1, Acc + R) end.
