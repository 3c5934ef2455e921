-module(lib_array).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    A0 = array:new(10),
    A1 = array:set(3, three, A0),
    d(array:get(3, A1)),
    d(array:get(4, A1)),
    d(array:size(A1)),
    A2 = array:from_list(lists:seq(1, 100)),
    d(array:get(99, A2)),
    d(array:sparse_to_list(A1)),
    d(array:to_list(array:map(fun(I, V) -> I * V end, array:from_list([1, 2, 3])))),
    d(array:foldl(fun(_, V, Acc) -> V + Acc end, 0, A2)),
    G = array:new([{default, 0}]),
    G2 = lists:foldl(fun(I, Acc) -> array:set(I * 7, I, Acc) end, G, lists:seq(1, 1000)),
    d(array:size(G2)),
    d(array:get(7000, G2)),
    d(array:get(6999, G2)),
    d(array:sparse_size(G2)),
    d(catch_err(fun() -> array:get(20, array:new(10, fixed)) end)),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
