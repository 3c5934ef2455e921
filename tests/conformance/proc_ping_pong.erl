-module(proc_ping_pong).
-export([main/0]).
%% 20,000 round trips between two processes, and many pairs at once.
main() ->
    Pong = spawn(fun pong/0),
    erlang:display(ping(Pong, 20000, 0)),
    Pong ! stop,
    Self = self(),
    Pairs = [spawn(fun() -> P = spawn(fun pong/0), Self ! {sum, ping(P, 500, 0)}, P ! stop end) || _ <- lists:seq(1, 20)],
    erlang:display(lists:sum([receive {sum, S} -> S end || _ <- Pairs])),
    ok.
ping(_, 0, Acc) -> Acc;
ping(P, N, Acc) ->
    P ! {self(), N},
    receive {pong, N} -> ping(P, N - 1, Acc + N) end.
pong() ->
    receive
        {From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.
