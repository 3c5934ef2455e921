-module(proc_hibernate).
-export([main/0, wake/1]).
%% erlang:hibernate/3: the process sleeps until a message comes, then
%% continues in the given function with an empty stack.
wake(Parent) ->
    receive M -> Parent ! {woke, M, element(2, process_info(self(), current_function))} end.
main() ->
    Self = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, wake, [Self]) end),
    receive after 30 -> ok end,
    erlang:display(process_info(P, status)),
    erlang:display(process_info(P, current_function)),
    P ! hello,
    receive {woke, M, F} -> erlang:display({M, F}) end,
    ok.
