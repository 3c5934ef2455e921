-module(proc_timer_module).
-export([main/0]).
%% The stock timer module's functions that run without its server:
%% sleep, tc, and send_after/apply_after to pids.
main() ->
    erlang:display(timer:sleep(10)),
    {T, V} = timer:tc(fun() -> timer:sleep(5), done end),
    erlang:display({T >= 5000, V}),
    {T2, V2} = timer:tc(lists, seq, [1, 3]),
    erlang:display({is_integer(T2), V2}),
    erlang:display(timer:seconds(2)),
    erlang:display(timer:minutes(1)),
    erlang:display(timer:hms(1, 2, 3)),
    erlang:display(timer:now_diff({1, 2, 3}, {1, 1, 0})),
    ok.
