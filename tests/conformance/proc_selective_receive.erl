-module(proc_selective_receive).
-export([main/0]).
%% Selective receive takes the first matching message and leaves the others
%% in order.
main() ->
    self() ! {b, 1}, self() ! {a, 1}, self() ! {c, 1}, self() ! {a, 2}, self() ! {b, 2},
    receive {a, X} -> erlang:display({first_a, X}) end,
    receive {c, Y} -> erlang:display({c, Y}) end,
    erlang:display(process_info(self(), messages)),
    receive {a, Z} -> erlang:display({second_a, Z}) end,
    receive {b, W} when W > 1 -> erlang:display({b_gt_1, W}) end,
    erlang:display(drain()),
    [self() ! N || N <- lists:seq(1, 20)],
    erlang:display([receive N when N rem 3 =:= 0 -> N end || _ <- lists:seq(1, 6)]),
    erlang:display(drain()),
    self() ! x, self() ! {y, 1},
    R = receive {y, V} -> {y, V}; x -> x end,
    erlang:display(R),
    erlang:display(drain()),
    ok.
drain() -> receive M -> [M | drain()] after 0 -> [] end.
