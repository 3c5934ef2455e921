-module(b_maps).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
ins(0, M) -> M;
ins(N, M) -> ins(N - 1, M#{N rem 30 => N}).
look(0, _, Acc) -> Acc;
look(N, M, Acc) -> #{(N rem 30) := V} = M, look(N - 1, M, Acc + V).
run() -> M = ins(1000000, #{}), erlang:display(look(1000000, M, 0)).
