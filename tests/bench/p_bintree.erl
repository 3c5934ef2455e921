-module(p_bintree).
-export([main/0]).
%% GC-heavy allocation: binary trees of depth 4..18 in 4 processes.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), work(16)} end) || _ <- lists:seq(1, 4)],
    erlang:display([receive {P, R} -> R end || P <- Pids]),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
work(Max) -> lists:sum([check(make(D)) || D <- lists:seq(4, Max, 2), _ <- lists:seq(1, 1 bsl (Max - D))]).
make(0) -> nil;
make(D) -> {make(D - 1), make(D - 1)}.
check(nil) -> 1;
check({L, R}) -> 1 + check(L) + check(R).
