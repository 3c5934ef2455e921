-module(proc_unlink_race).
-export([main/0]).
%% After unlink/1 returns, a crash of the former partner never reaches the
%% caller, trapping or not.
main() ->
    Self = self(),
    W = spawn(fun() ->
                      P = spawn_link(fun() -> receive die -> exit(bad) end end),
                      unlink(P),
                      P ! die,
                      receive after 50 -> ok end,
                      Self ! {worker_alive, self()}
              end),
    receive {worker_alive, W} -> erlang:display(worker_alive) after 500 -> erlang:display(worker_dead) end,
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive die -> exit(bad) end end),
    unlink(P),
    P ! die,
    receive {'EXIT', P, R} -> erlang:display({exit, R}) after 50 -> erlang:display(no_exit_msg) end,
    ok.
