-module(proc_monitor_name).
-export([main/0]).
%% Monitors on registered names: DOWN names {Name, Node}; a name nobody has
%% gives noproc at once.
main() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    register(watched_proc, P),
    monitor(process, watched_proc),
    watched_proc ! stop,
    receive {'DOWN', _, process, Item, R} -> erlang:display({Item, R}) end,
    monitor(process, nobody_has_this_name),
    receive {'DOWN', _, process, Item2, R2} -> erlang:display({Item2, R2}) end,
    monitor(process, {nobody_has_this_name, node()}),
    receive {'DOWN', _, process, Item3, R3} -> erlang:display({Item3, R3}) end,
    Q = spawn(fun() -> receive stop -> ok end end),
    register(watched_two, Q),
    monitor(process, {watched_two, node()}),
    unregister(watched_two),
    Q ! stop,
    receive {'DOWN', _, process, Item4, R4} -> erlang:display({Item4, R4}) end,
    erlang:display(catch monitor(process, {a, b, c})),
    erlang:display(catch monitor(process, 42)),
    erlang:display(catch monitor(proc, self())),
    ok.
