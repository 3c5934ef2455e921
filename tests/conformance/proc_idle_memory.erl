%% Memory of a fresh idle process, spawned plain and linked: at most the
%% 2640 / 2680 bytes the stock erl (OTP 25, 64-bit) reports for the same
%% processes (issue 4's "memory per idle process at or below erl's").
-module(proc_idle_memory).
-export([main/0]).

idle() -> receive stop -> ok end.

main() ->
    P = spawn(fun idle/0),
    L = spawn_link(fun idle/0),
    receive after 10 -> ok end,
    [{memory, MP}, {heap_size, HP}, {total_heap_size, TP}] =
        process_info(P, [memory, heap_size, total_heap_size]),
    {memory, ML} = process_info(L, memory),
    erlang:display({heap, HP, TP}),
    erlang:display({plain_at_most_erl, MP =< 2640}),
    erlang:display({linked_at_most_erl, ML =< 2680}),
    P ! stop, L ! stop,
    ok.
