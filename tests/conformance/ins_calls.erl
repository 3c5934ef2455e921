-module(ins_calls).
-export([main/0, ext_id/1, tail_ext2/1]).

d(X) -> erlang:display(X).

main() ->
    d(add(1, 2)),
    d(fact_tail(20, 1)),
    d(count_down(100000)),
    d(is_even(100001)),
    d(is_even(100000)),
    d(sum_tail(lists:seq(1, 100000), 0)),
    d(?MODULE:ext_id(ext)),
    d(apply3(fun ?MODULE:ext_id/1, [x])),
    d(loop_acc(100000, [])),
    d(many_args(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
    d(ack(2, 3)),
    d(fib(20)),
    d(tail_ext(100000)),
    d(local_chain(5)),
    ok.

add(A, B) -> A + B.

fact_tail(0, Acc) -> Acc;
fact_tail(N, Acc) -> fact_tail(N - 1, N * Acc).

count_down(0) -> done;
count_down(N) -> count_down(N - 1).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

sum_tail([], Acc) -> Acc;
sum_tail([H | T], Acc) -> sum_tail(T, Acc + H).

ext_id(X) -> {ext, X}.

apply3(F, Args) -> apply(F, Args).

loop_acc(0, Acc) -> length(Acc);
loop_acc(N, Acc) -> loop_acc(N - 1, [N | Acc]).

many_args(A, B, C, D, E, F, G, H, I, J, K, L) ->
    {L, K, J, I, H, G, F, E, D, C, B, A, A + B + C + D + E + F + G + H + I + J + K + L}.

ack(0, N) -> N + 1;
ack(M, 0) -> ack(M - 1, 1);
ack(M, N) -> ack(M - 1, ack(M, N - 1)).

fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

tail_ext(0) -> ext_done;
tail_ext(N) -> ?MODULE:tail_ext2(N - 1).

local_chain(N) -> {a(N), b(N), c(N)}.
a(N) -> N * 2.
b(N) -> a(N) + 1.
c(N) -> b(N) + a(N).

tail_ext2(N) -> tail_ext(N).
