-module(proc_hibernate_gc).
-export([main/0, wake/1]).
wake(From) -> From ! {woke, process_info(self(), heap_size) =/= undefined}, done.
main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(proc_hibernate_gc, wake, [Self]) end),
    receive after 20 -> ok end,
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, current_function)),
    P ! go,
    receive {woke, X} -> erlang:display(X) end,
    erlang:display(erlang:garbage_collect()),
    erlang:display(erlang:garbage_collect(P)),
    Q = spawn(fun() -> receive _ -> ok end end),
    erlang:display(erlang:garbage_collect(Q)),
    erlang:display(erlang:garbage_collect(Q, [{type, minor}])),
    erlang:display(erlang:garbage_collect(Q, [{async, r}])),
    receive M -> erlang:display(M) end.
