-module(proc_spawn_link_exit).
-export([main/0]).
%% A non-trapping process dies with its linked child's reason; a process
%% monitoring the parent sees it.
main() ->
    [run(R) || R <- [custom, {error, 1}, normal, kill, killed, shutdown]],
    ok.
run(Reason) ->
    Self = self(),
    {Parent, _} = spawn_monitor(fun() ->
                                        C = spawn_link(fun() -> receive go -> exit(Reason) end end),
                                        Self ! {child, C},
                                        receive after infinity -> ok end
                                end),
    C = receive {child, X} -> X end,
    C ! go,
    receive {'DOWN', _, process, Parent, R} -> erlang:display({Reason, R})
    after 100 -> erlang:display({Reason, parent_alive}), exit(Parent, kill),
                 receive {'DOWN', _, process, Parent, _} -> ok end
    end.
