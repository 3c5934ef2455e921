-module(proc_monitor_tag).
-export([main/0]).
%% monitor/3 with a custom tag.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    P = spawn(fun() -> receive stop -> exit(tagged) end end),
    monitor(process, P, [{tag, my_down}]),
    P ! stop,
    receive {my_down, _, process, P, R} -> erlang:display({tagged, R});
            Other -> erlang:display({other, Other}) end,
    monitor(process, P, [{tag, {complex, [tag]}}]),
    receive {{complex, [tag]}, _, process, P, R2} -> erlang:display({tagged2, R2}) end,
    erlang:display(e(fun() -> monitor(process, P, [{tag}]) end)),
    erlang:display(e(fun() -> monitor(process, P, bad) end)),
    ok.
