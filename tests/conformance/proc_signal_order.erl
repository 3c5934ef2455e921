-module(proc_signal_order).
-export([main/0]).
%% Signals from one sender keep their order: messages sent before an exit
%% arrive before the {'EXIT', ...} message and before the DOWN message.
main() ->
    process_flag(trap_exit, true),
    Self = self(),
    P = spawn_link(fun() -> [Self ! {msg, I} || I <- lists:seq(1, 5)], exit(done) end),
    erlang:display(collect(6)),
    {Q, _} = spawn_monitor(fun() -> [Self ! {msg, I} || I <- lists:seq(1, 3)], exit(bye) end),
    erlang:display(collect(4)),
    R = spawn(fun() -> receive go -> ok end, Self ! before_link, link(Self), Self ! after_link, exit(linked_exit) end),
    R ! go,
    erlang:display(collect(3)),
    _ = {P, Q},
    ok.
collect(0) -> [];
collect(N) ->
    receive
        {'EXIT', _, R} -> [{exit, R} | collect(N - 1)];
        {'DOWN', _, process, _, R} -> [{down, R} | collect(N - 1)];
        M -> [M | collect(N - 1)]
    end.
