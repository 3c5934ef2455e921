-module(proc_preempt).
-export([main/0]).
%% A busy loop never starves other processes: timeouts fire and messages
%% flow while two processes spin.
main() ->
    Self = self(),
    Busy = [spawn(fun() -> spin(0) end) || _ <- [1, 2]],
    erlang:display(receive x -> x after 30 -> timeout_fired end),
    spawn(fun() -> Self ! {pong, fib(20)} end),
    erlang:display(receive {pong, F} -> F after 5000 -> starved end),
    Echo = spawn(fun() -> [receive {P, N} -> P ! {echo, N} end || _ <- lists:seq(1, 100)] end),
    erlang:display(lists:sum([begin Echo ! {self(), N}, receive {echo, N} -> N end end || N <- lists:seq(1, 100)])),
    erlang:display([is_process_alive(B) || B <- Busy]),
    [exit(B, kill) || B <- Busy],
    erlang:display([is_process_alive(B) || B <- Busy]),
    ok.
spin(N) -> spin(N + 1).
fib(0) -> 0; fib(1) -> 1; fib(N) -> fib(N - 1) + fib(N - 2).
