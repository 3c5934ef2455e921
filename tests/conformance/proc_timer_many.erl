-module(proc_timer_many).
-export([main/0]).
%% Thousands of timers: all fire, cancelled ones (cancelled well before they are due) never arrive;
%% timers due at the same time fire in creation order.
main() ->
    Refs = [{I, erlang:send_after(1000 + I rem 50, self(), {t, I})} || I <- lists:seq(1, 5000)],
    Cancelled = [I || {I, R} <- Refs, I rem 7 =:= 0, erlang:cancel_timer(R) =/= false],
    Got = [receive {t, I} -> I end || _ <- lists:seq(1, 5000 - length(Cancelled))],
    erlang:display(length(Got)),
    erlang:display(lists:sort(Got) =:= [I || I <- lists:seq(1, 5000), I rem 7 =/= 0]),
    erlang:display(lists:all(fun(I) -> I rem 7 =/= 0 end, Got)),
    erlang:display(receive X -> {extra, X} after 60 -> none end),
    %% Within one expiry time, creation order is kept.
    Groups = [[I || I <- Got, I rem 50 =:= K] || K <- lists:seq(0, 49)],
    erlang:display(lists:all(fun(G) -> G =:= lists:sort(G) end, Groups)),
    ok.
