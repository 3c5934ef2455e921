-module(proc_monitor_name).
-export([main/0]).
%% Monitors on registered names: DOWN names {Name, Node}; a name nobody has
%% gives noproc at once.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
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
    erlang:display(e(fun() -> monitor(process, {a, b, c}) end)),
    erlang:display(e(fun() -> monitor(process, 42) end)),
    erlang:display(e(fun() -> monitor(proc, self()) end)),
    ok.
