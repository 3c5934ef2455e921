-module(proc_yield).
-export([main/0]).
%% erlang:yield/0 returns true; a looping process that yields lets a
%% waiting process run.
main() ->
    erlang:display(erlang:yield()),
    Self = self(),
    P = spawn(fun() -> Self ! started, loop(1000) end),
    receive started -> ok end,
    erlang:display(is_process_alive(P)),
    monitor(process, P),
    receive {'DOWN', _, process, P, R} -> erlang:display(R) end,
    ok.
loop(0) -> ok;
loop(N) -> true = erlang:yield(), loop(N - 1).
