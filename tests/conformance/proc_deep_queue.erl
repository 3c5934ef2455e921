-module(proc_deep_queue).
-export([main/0]).
%% 100,000 queued messages: selective receive of the last one, then the
%% rest in order.
main() ->
    N = 100000,
    [self() ! {m, I} || I <- lists:seq(1, N)],
    self() ! last,
    erlang:display(process_info(self(), message_queue_len)),
    receive last -> erlang:display(got_last) end,
    erlang:display(process_info(self(), message_queue_len)),
    receive {m, 50000} -> erlang:display(got_middle) end,
    Sum = sum(0, 0),
    erlang:display(Sum),
    %% Another process fills our queue while we wait for a specific message.
    Self = self(),
    spawn(fun() -> [Self ! {junk, I} || I <- lists:seq(1, 20000)], Self ! wanted end),
    receive wanted -> erlang:display(got_wanted) end,
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display(length(drain())),
    ok.
sum(Acc, Cnt) -> receive {m, I} -> sum(Acc + I, Cnt + 1) after 0 -> {Cnt, Acc} end.
drain() -> receive M -> [M | drain()] after 0 -> [] end.
