-module(proc_info_items).
-export([main/0, waiter/0]).
%% Deterministic process_info items of a waiting process and of self().
waiter() ->
    put(key, value),
    receive stop -> ok end.
%% An error without the arguments of its frame (they may hold pids or refs).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    P = spawn(?MODULE, waiter, []),
    receive after 20 -> ok end,
    P ! {not_matching, 1},
    P ! {not_matching, 2},
    receive after 20 -> ok end,
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, message_queue_len)),
    erlang:display(process_info(P, messages)),
    erlang:display(process_info(P, dictionary)),
    erlang:display(process_info(P, initial_call)),
    erlang:display(process_info(P, current_function)),
    erlang:display(process_info(P, trap_exit)),
    erlang:display(process_info(P, priority)),
    erlang:display(process_info(P, links)),
    erlang:display(process_info(P, monitors)),
    erlang:display(process_info(P, monitored_by)),
    erlang:display(process_info(P, registered_name)),
    register(info_waiter, P),
    erlang:display(process_info(P, registered_name)),
    erlang:display(process_info(P, [registered_name, status, trap_exit])),
    erlang:display(process_info(self(), status)),
    erlang:display(process_info(self(), current_function)),
    {reductions, Red} = process_info(P, reductions),
    erlang:display(is_integer(Red) andalso Red > 0),
    {heap_size, H} = process_info(P, heap_size),
    erlang:display(is_integer(H) andalso H > 0),
    {memory, Mem} = process_info(P, memory),
    erlang:display(is_integer(Mem) andalso Mem > 0),
    {stack_size, S} = process_info(P, stack_size),
    erlang:display(is_integer(S)),
    {total_heap_size, TH} = process_info(P, total_heap_size),
    erlang:display(TH >= H),
    {group_leader, GL} = process_info(P, group_leader),
    erlang:display(GL =:= group_leader()),
    erlang:display(e(fun() -> process_info(P, bogus_item) end)),
    erlang:display(e(fun() -> process_info(P, [status, bogus_item]) end)),
    erlang:display(e(fun() -> process_info(not_a_pid, status) end)),
    erlang:display(process_info(P, [])),
    P ! stop,
    ok.
