-module(proc_receive_nested).
-export([main/0]).
%% Receives inside receives, receive in a loop with a deadline, and a
%% timeout that is restarted by each receive.
main() ->
    self() ! {outer, 1}, self() ! {inner, 2}, self() ! {outer, 3},
    R = receive
            {outer, X} ->
                receive {inner, Y} -> {X, Y, receive {outer, Z} -> Z end} end
        end,
    erlang:display(R),
    Self = self(),
    spawn(fun() -> [begin receive after 5 -> ok end, Self ! {tick, I} end || I <- lists:seq(1, 5)] end),
    erlang:display(ticks(0)),
    erlang:display(receive _ -> unexpected after 0 -> empty end),
    ok.
ticks(N) ->
    receive {tick, _} -> ticks(N + 1)
    after 1500 -> {ticks, N}
    end.
