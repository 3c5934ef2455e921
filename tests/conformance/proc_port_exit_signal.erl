-module(proc_port_exit_signal).
-export([main/0]).

%% exit/2 aimed at a port: any reason closes it, from any process (kill
%% arrives as killed); linked processes get the exit signal; a closed port
%% ignores it.

d(X) -> erlang:display(X).

main() ->
    process_flag(trap_exit, true),
    P1 = open_port({spawn, "cat"}, []),
    d(exit(P1, normal)),
    d(receive {'EXIT', P1, R1} -> R1 after 2000 -> timeout end),
    d(erlang:port_info(P1, name)),
    P2 = open_port({spawn, "cat"}, []),
    d(exit(P2, kill)),
    d(receive {'EXIT', P2, R2} -> R2 after 2000 -> timeout end),
    P3 = open_port({spawn, "cat"}, []),
    Self = self(),
    spawn(fun() -> Self ! {done, exit(P3, {shutdown, x})} end),
    d(receive {done, D} -> D after 2000 -> timeout end),
    d(receive {'EXIT', P3, R3} -> R3 after 2000 -> timeout end),
    d(exit(P3, kill)),
    P4 = open_port({spawn, "cat"}, []),
    unlink(P4),
    spawn(fun() -> exit(P4, normal) end),
    timer:sleep(100),
    d(erlang:port_info(P4, name)),
    d(catch exit(foo, normal)),
    ok.
