-module(proc_monitor_multi).
-export([main/0]).
%% Several monitors on one process, from one and from several processes;
%% monitors/monitored_by counts in process_info.
main() ->
    Self = self(),
    P = spawn(fun() -> receive stop -> exit(done) end end),
    monitor(process, P), monitor(process, P), monitor(process, P),
    Watchers = [spawn(fun() -> monitor(process, P), Self ! {watching, self()},
                              receive {'DOWN', _, process, P, R} -> Self ! {watcher_down, R} end end)
                || _ <- [1, 2]],
    [receive {watching, W} -> ok end || W <- Watchers],
    {monitored_by, By} = process_info(P, monitored_by),
    erlang:display({monitored_by, length(By)}),
    {monitors, Ms} = process_info(self(), monitors),
    erlang:display({monitors, length(Ms), lists:all(fun({process, X}) -> X =:= P end, Ms)}),
    P ! stop,
    [receive {'DOWN', _, process, P, R} -> erlang:display({own, R}) end || _ <- [1, 2, 3]],
    [receive {watcher_down, R} -> erlang:display({watcher, R}) end || _ <- Watchers],
    erlang:display(process_info(self(), monitors)),
    ok.
