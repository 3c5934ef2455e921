-module(proc_link_normal).
-export([main/0]).
%% A linked child that exits normally: a non-trapping parent survives, a
%% trapping parent receives {'EXIT', Pid, normal}.
main() ->
    Self = self(),
    P1 = spawn(fun() ->
                  C = spawn_link(fun() -> ok end),
                  monitor(process, C),
                  receive {'DOWN', _, process, C, R} -> Self ! {child_down, R} end,
                  receive after 20 -> ok end,
                  Self ! {survived, self()}
          end),
    receive {child_down, R1} -> erlang:display({child_down, R1}) end,
    receive {survived, P1} -> erlang:display(survived) end,
    process_flag(trap_exit, true),
    C2 = spawn_link(fun() -> ok end),
    receive {'EXIT', C2, Why} -> erlang:display({exit_msg, Why}) end,
    C3 = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', C3, Why3} -> erlang:display({exit_msg, Why3}) end,
    erlang:display(process_info(self(), links)),
    ok.
