-module(proc_is_alive).
-export([main/0]).
%% is_process_alive/1 before and after exits and kills.
main() ->
    erlang:display(is_process_alive(self())),
    P = spawn(fun() -> receive _ -> ok end end),
    erlang:display(is_process_alive(P)),
    exit(P, kill),
    erlang:display(is_process_alive(P)),
    Q = spawn(fun() -> ok end),
    monitor(process, Q),
    receive {'DOWN', _, process, Q, _} -> ok end,
    erlang:display(is_process_alive(Q)),
    R = spawn(fun() -> receive stop -> ok end end),
    R ! stop,
    monitor(process, R),
    receive {'DOWN', _, process, R, _} -> ok end,
    erlang:display(is_process_alive(R)),
    erlang:display(catch is_process_alive(not_a_pid)),
    erlang:display(catch is_process_alive(self_name)),
    erlang:display(process_info(P)),
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, [status, links])),
    ok.
