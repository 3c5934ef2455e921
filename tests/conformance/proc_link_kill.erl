-module(proc_link_kill).
-export([main/0]).
%% kill is untrappable and becomes killed; a trapping target of kill dies.
main() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive _ -> ok end end),
    exit(P, kill),
    receive {'EXIT', P, R} -> erlang:display({killed_child, R}) end,
    Me = self(),
    Q = spawn_link(fun() -> process_flag(trap_exit, true), Me ! q_ready, receive never -> ok end end),
    receive q_ready -> ok end,
    exit(Q, kill),
    receive {'EXIT', Q, R2} -> erlang:display({trapping_child, R2}) end,
    erlang:display(is_process_alive(Q)),
    %% A trapping child gets other reasons as messages.
    Self = self(),
    T = spawn_link(fun() ->
                           process_flag(trap_exit, true),
                           Self ! ready,
                           receive M -> Self ! {got, M} end,
                           receive M2 -> Self ! {got, M2} end
                   end),
    receive ready -> ok end,
    exit(T, custom),
    exit(T, normal),
    receive {got, {'EXIT', Self, X1}} -> erlang:display({first, X1}) end,
    receive {got, {'EXIT', Self, X2}} -> erlang:display({second, X2}) end,
    receive {'EXIT', T, R3} -> erlang:display({t_exit, R3}) end,
    ok.
