-module(proc_send_after).
-export([main/0]).
%% erlang:send_after/3,4 to a pid and to a registered name; timers fire in
%% order of their times.
main() ->
    R = erlang:send_after(10, self(), hi),
    erlang:display(is_reference(R)),
    erlang:display(receive M -> M after 1000 -> none end),
    register(timer_target, self()),
    erlang:send_after(5, timer_target, by_name),
    erlang:display(receive M2 -> M2 after 1000 -> none end),
    [erlang:send_after(T, self(), {t, T}) || T <- [40, 10, 30, 0, 20]],
    erlang:display([receive {t, T} -> T end || _ <- lists:seq(1, 5)]),
    erlang:send_after(0, self(), zero),
    erlang:display(receive zero -> zero after 1000 -> none end),
    erlang:send_after(10, self(), {complex, [1, 2.5, "s", <<"bin">>, #{a => 1}]}),
    erlang:display(receive {complex, _} = C -> C end),
    %% A timer to a dead process or an unused name is silently dropped.
    Dead = spawn(fun() -> ok end),
    erlang:send_after(5, Dead, lost),
    erlang:send_after(5, no_such_registered_name, lost),
    receive after 30 -> ok end,
    erlang:display(process_info(self(), message_queue_len)),
    erlang:send_after(10, self(), abs, [{abs, false}]),
    erlang:display(receive abs -> abs after 1000 -> none end),
    Now = erlang:monotonic_time(millisecond),
    erlang:send_after(Now + 10, self(), absolute, [{abs, true}]),
    erlang:display(receive absolute -> absolute after 1000 -> none end),
    ok.
