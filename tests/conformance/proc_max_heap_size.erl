-module(proc_max_heap_size).
-export([main/0, grow/1]).
grow(Acc) -> grow([Acc | Acc] ++ [1]).
main() ->
    {P, R} = spawn_opt(fun() -> grow([]) end, [monitor, {max_heap_size, 1000}]),
    receive {'DOWN', R, process, P, Why} -> erlang:display(Why) end,
    {P2, R2} = spawn_opt(fun() -> process_flag(trap_exit, true), grow([]) end, [monitor, {max_heap_size, #{size => 2000, kill => true, error_logger => false}}]),
    receive {'DOWN', R2, process, P2, Why2} -> erlang:display(Why2) end,
    {P3, R3} = spawn_opt(fun() -> receive after 100 -> ok end end, [monitor, {max_heap_size, #{size => 2000, kill => false}}]),
    erlang:display(process_info(P3, max_heap_size)),
    receive {'DOWN', R3, process, P3, Why3} -> erlang:display(Why3) end,
    erlang:display(catch spawn_opt(fun() -> ok end, [{max_heap_size, -1}])),
    erlang:display(catch spawn_opt(fun() -> ok end, [{max_heap_size, 10}])),
    erlang:display(process_flag(max_heap_size, 5000)),
    erlang:display(process_flag(max_heap_size, 0)).
