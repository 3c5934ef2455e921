-module(lib_array2).
-export([main/0]).

main() ->
    A0 = array:new(10),
    erlang:display({array:size(A0), array:get(3, A0), array:default(A0)}),
    A1 = array:set(3, three, array:set(0, zero, A0)),
    erlang:display(array:to_list(A1)),
    erlang:display(array:sparse_to_orddict(A1)),
    A2 = array:from_list(lists:seq(1, 20), none),
    erlang:display(array:foldl(fun(I, V, Acc) -> I * V + Acc end, 0, A2)),
    erlang:display(array:foldr(fun(_, V, Acc) -> [V | Acc] end, [], A2)),
    erlang:display(array:to_list(array:map(fun(_, V) -> V * V end, A2))),
    G = array:new([{default, 0}]),
    G1 = array:set(1000, x, G),
    erlang:display({array:size(G1), array:get(999, G1), array:get(1000, G1), array:is_fix(G1)}),
    erlang:display(array:sparse_size(G1)),
    erlang:display(catch array:get(10, array:fix(array:new(5)))),
    erlang:display(array:to_orddict(array:from_list([a, b, c]))),
    erlang:display(array:from_orddict([{0, a}, {5, f}])),
    erlang:display(array:to_list(array:resize(3, A2))),
    erlang:display(array:to_list(array:reset(1, array:from_list([a, b, c])))),
    erlang:display(array:is_array(A2)),
    erlang:display(array:sparse_foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A1)),
    Big = lists:foldl(fun(I, A) -> array:set(I, I * 2, A) end, array:new(), lists:seq(0, 5000)),
    erlang:display({array:size(Big), array:get(4321, Big)}),
    ok.
