-module(proc_msg_order_pair).
-export([main/0]).
%% Messages from one sender arrive in the order they were sent, for several
%% senders at once (each sender's sequence is checked separately).
main() ->
    Self = self(),
    N = 2000,
    Senders = [spawn(fun() -> [Self ! {I, K} || K <- lists:seq(1, N)], Self ! {done, I} end) || I <- lists:seq(1, 5)],
    [receive {done, I} -> ok end || I <- lists:seq(1, length(Senders))],
    Msgs = drain(),
    erlang:display(length(Msgs)),
    erlang:display([[K || {J, K} <- Msgs, J =:= I] =:= lists:seq(1, N) || I <- lists:seq(1, 5)]),
    %% Echo: replies come back in order.
    E = spawn(fun Loop() -> receive {From, M} -> From ! {echo, M}, Loop(); stop -> ok end end),
    [E ! {self(), K} || K <- lists:seq(1, 1000)],
    Got = [receive {echo, M} -> M end || _ <- lists:seq(1, 1000)],
    erlang:display(Got =:= lists:seq(1, 1000)),
    E ! stop,
    ok.
drain() -> receive M -> [M | drain()] after 0 -> [] end.
