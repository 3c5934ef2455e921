-module(proc_trap_exit_flag).
-export([main/0]).
%% process_flag/2 for trap_exit and priority, and its errors.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main() ->
    erlang:display(process_flag(trap_exit, true)),
    erlang:display(process_info(self(), trap_exit)),
    erlang:display(process_flag(trap_exit, false)),
    erlang:display(process_flag(trap_exit, false)),
    erlang:display(process_info(self(), trap_exit)),
    erlang:display(process_flag(priority, high)),
    erlang:display(process_info(self(), priority)),
    erlang:display(process_flag(priority, low)),
    erlang:display(process_flag(priority, max)),
    erlang:display(process_flag(priority, normal)),
    erlang:display(t(fun() -> process_flag(trap_exit, maybe) end)),
    erlang:display(t(fun() -> process_flag(priority, urgent) end)),
    erlang:display(t(fun() -> process_flag(no_such_flag, true) end)),
    erlang:display(t(fun() -> process_flag("x", true) end)),
    erlang:display(process_flag(sensitive, false)),
    erlang:display(process_flag(message_queue_data, off_heap)),
    erlang:display(process_flag(message_queue_data, on_heap)),
    erlang:display(process_info(self(), message_queue_data)),
    erlang:display(process_flag(min_heap_size, 233)),
    erlang:display(process_flag(min_bin_vheap_size, 46422)),
    ok.
