-module(proc_info_self_list).
-export([main/0]).
%% process_info/2 with lists of items, and duplicates.
main() ->
    put(a, 1),
    self() ! m,
    erlang:display(process_info(self(), [message_queue_len, messages, dictionary, trap_exit])),
    erlang:display(process_info(self(), [priority, priority])),
    erlang:display(process_info(self(), [registered_name])),
    register(me_myself, self()),
    erlang:display(process_info(self(), [registered_name, status])),
    receive m -> ok end,
    erlang:display(process_info(self(), messages)),
    ok.
