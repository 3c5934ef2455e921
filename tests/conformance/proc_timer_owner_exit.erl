-module(proc_timer_owner_exit).
-export([main/0]).
%% Timers target a process, not the one that set them: they fire after the
%% setter exited; a receive timeout of a dead process has no effect.
main() ->
    Self = self(),
    {P, _} = spawn_monitor(fun() -> erlang:send_after(20, Self, from_dead), Self ! set end),
    receive set -> ok end,
    receive {'DOWN', _, process, P, normal} -> ok end,
    erlang:display(receive from_dead -> got_from_dead after 500 -> none end),
    {P2, _} = spawn_monitor(fun() -> receive after 30 -> ok end end),
    exit(P2, kill),
    receive {'DOWN', _, process, P2, R} -> erlang:display(R) end,
    receive after 60 -> ok end,
    erlang:display(process_info(self(), message_queue_len)),
    ok.
