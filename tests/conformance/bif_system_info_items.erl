%% erlang:system_info/1 items whose values are the same on every OTP 25
%% emulator that runs one node (process defaults, time facts, tracing state,
%% limits stock tools read). Items describing the machine or the scheduler
%% count (schedulers, cpu_topology, ...) are left out.
-module(bif_system_info_items).
-export([main/0]).

main() ->
    Items = [heap_type, compat_rel, lock_checking, dist_buf_busy_limit, fullsweep_after,
             min_heap_size, min_bin_vheap_size, max_heap_size, message_queue_data,
             modified_timing_level, time_correction, time_warp_mode, start_time, end_time,
             scheduler_bind_type, trace_control_word, sequential_tracer, port_parallelism,
             delayed_node_table_gc, atom_limit, ets_limit, kernel_poll, wordsize, machine],
    [erlang:display({I, erlang:system_info(I)}) || I <- Items],
    Src = erlang:system_info(os_monotonic_time_source),
    erlang:display(lists:keydelete(time, 1, Src)),
    {time, T} = lists:keyfind(time, 1, Src),
    erlang:display(is_integer(T) andalso T > 0),
    erlang:display(erlang:monotonic_time() >= erlang:system_info(start_time)),
    erlang:display(is_integer(erlang:system_info(atom_count))),
    erlang:display(is_integer(erlang:system_info(ets_count))),
    erlang:display(catch erlang:system_info(no_such_item)),
    ok.
