-module(proc_register_exit).
-export([main/0]).
%% A name is released when its process exits, and can be taken again.
main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    register(temp_name, P),
    monitor(process, P),
    temp_name ! stop,
    receive {'DOWN', _, process, P, R} -> erlang:display({down, R}) end,
    erlang:display(whereis(temp_name)),
    erlang:display(catch temp_name ! again),
    erlang:display(register(temp_name, self())),
    erlang:display(whereis(temp_name) =:= self()),
    Q = spawn(fun() -> register(inner_name, self()), receive stop -> exit(crash) end end),
    monitor(process, Q),
    receive after 20 -> ok end,
    erlang:display(whereis(inner_name) =:= Q),
    exit(Q, kill),
    receive {'DOWN', _, process, Q, R2} -> erlang:display({down, R2}) end,
    erlang:display(whereis(inner_name)),
    ok.
