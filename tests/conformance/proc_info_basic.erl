-module(proc_info_basic).
-export([main/0, f/0]).
f() -> erlang:display(process_info(self(), current_function)), erlang:display(process_info(self(), current_stacktrace)), ok.
main() ->
    f(),
    P = spawn(fun() -> receive stop -> ok end end),
    erlang:yield(),
    erlang:display(process_info(P, [status, message_queue_len, links, trap_exit, priority, registered_name, current_function])),
    erlang:display(process_info(P, registered_name)),
    P ! hello, P ! stop,
    erlang:display(process_info(P, messages)),
    receive after 10 -> ok end,
    erlang:display(process_info(P)),
    ok.
