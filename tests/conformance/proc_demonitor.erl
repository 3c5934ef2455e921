-module(proc_demonitor).
-export([main/0]).
%% demonitor/1,2 with flush and info; a demonitor before the exit stops the
%% DOWN message, flush removes one already queued.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    P1 = spawn(fun() -> receive go -> ok end end),
    M1 = monitor(process, P1),
    erlang:display(demonitor(M1)),
    P1 ! go,
    receive {'DOWN', _, _, P1, _} -> erlang:display(got_down) after 50 -> erlang:display(no_down) end,
    P2 = spawn(fun() -> ok end),
    M2 = monitor(process, P2),
    receive after 50 -> ok end,
    erlang:display(demonitor(M2, [flush])),
    receive {'DOWN', _, _, P2, _} -> erlang:display(got_down) after 0 -> erlang:display(flushed) end,
    P3 = spawn(fun() -> ok end),
    M3 = monitor(process, P3),
    receive after 50 -> ok end,
    erlang:display(demonitor(M3, [info])),
    erlang:display(process_info(self(), message_queue_len)),
    receive {'DOWN', _, _, P3, R3} -> erlang:display({still_there, R3}) after 0 -> ok end,
    P4 = spawn(fun() -> receive go -> ok end end),
    M4 = monitor(process, P4),
    erlang:display(demonitor(M4, [info])),
    erlang:display(demonitor(M4, [info])),
    erlang:display(demonitor(M4, [flush, info])),
    P4 ! go,
    P5 = spawn(fun() -> ok end),
    M5 = monitor(process, P5),
    receive after 50 -> ok end,
    erlang:display(demonitor(M5, [flush, info])),
    erlang:display(process_info(self(), message_queue_len)),
    erlang:display(e(fun() -> demonitor(not_a_ref) end)),
    erlang:display(e(fun() -> demonitor(M5, [bad_option]) end)),
    erlang:display(e(fun() -> demonitor(M5, not_a_list) end)),
    ok.
