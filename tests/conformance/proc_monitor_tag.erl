-module(proc_monitor_tag).
-export([main/0]).
%% monitor/3 with a custom tag.
main() ->
    P = spawn(fun() -> receive stop -> exit(tagged) end end),
    monitor(process, P, [{tag, my_down}]),
    P ! stop,
    receive {my_down, _, process, P, R} -> erlang:display({tagged, R});
            Other -> erlang:display({other, Other}) end,
    monitor(process, P, [{tag, {complex, [tag]}}]),
    receive {{complex, [tag]}, _, process, P, R2} -> erlang:display({tagged2, R2}) end,
    erlang:display(catch monitor(process, P, [{tag}])),
    erlang:display(catch monitor(process, P, bad)),
    ok.
