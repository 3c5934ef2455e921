-module(proc_ring_10k).
-export([main/0]).
%% A ring of 10,000 processes; a token goes round it 5 times, counting hops.
main() ->
    N = 10000,
    First = self(),
    Next = build(N - 1, First),
    Next ! {token, 0},
    Result = laps(5, Next),
    erlang:display(Result),
    Next ! stop,
    receive stop -> ok end,
    ok.
laps(0, _) -> done;
laps(K, Next) ->
    receive
        {token, Hops} ->
            erlang:display({lap, Hops}),
            if K > 1 -> Next ! {token, Hops + 1}; true -> ok end,
            laps(K - 1, Next)
    end.
build(0, Next) -> Next;
build(K, Next) -> build(K - 1, spawn(fun() -> relay(Next) end)).
relay(Next) ->
    receive
        {token, H} -> Next ! {token, H + 1}, relay(Next);
        stop -> Next ! stop
    end.
