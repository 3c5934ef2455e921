-module(proc_receive_after).
-export([main/0]).
%% receive ... after with 0, small timeouts, a variable timeout and infinity
%% ended by a message from another process.
main() ->
    erlang:display(receive X -> X after 0 -> timeout0 end),
    self() ! here,
    erlang:display(receive X1 -> X1 after 0 -> timeout0 end),
    T0 = erlang:monotonic_time(millisecond),
    erlang:display(receive X2 -> X2 after 30 -> timeout30 end),
    D = erlang:monotonic_time(millisecond) - T0,
    erlang:display(D >= 30 andalso D < 1000),
    self() ! {other, 1},
    erlang:display(receive mine -> mine after 10 -> timeout_with_other end),
    erlang:display(process_info(self(), message_queue_len)),
    Self = self(),
    spawn(fun() -> receive after 20 -> Self ! late end end),
    erlang:display(receive late -> got_late after infinity -> never end),
    T = id(15),
    erlang:display(receive nothing -> nothing after T -> var_timeout end),
    erlang:display(catch (receive nothing -> nothing after id(-1) -> no end)),
    erlang:display(catch (receive nothing -> nothing after id(foo) -> no end)),
    erlang:display(catch (receive nothing -> nothing after id(1.5) -> no end)),
    spawn(fun() -> Self ! early end),
    erlang:display(receive early -> got_early after 1000 -> too_slow end),
    receive after 5 -> ok end,
    erlang:display(timer:sleep(5)),
    ok.
id(X) -> X.
