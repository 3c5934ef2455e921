-module(lib_gb).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 10, Acc) end, gb_trees:empty(),
                    [50, 20, 80, 10, 30, 70, 90, 25]),
    d(gb_trees:to_list(T)),
    d(gb_trees:size(T)),
    d(gb_trees:lookup(30, T)),
    d(gb_trees:lookup(31, T)),
    d(gb_trees:get(80, T)),
    d(gb_trees:smallest(T)),
    d(gb_trees:largest(T)),
    d(gb_trees:keys(gb_trees:delete(50, T))),
    d(gb_trees:values(gb_trees:update(10, ten, T))),
    {K, V, T2} = gb_trees:take_smallest(T),
    d({K, V, gb_trees:size(T2)}),
    Big = lists:foldl(fun(I, Acc) -> gb_trees:enter(I rem 1000, I, Acc) end, gb_trees:empty(),
                      lists:seq(1, 20000)),
    d(gb_trees:size(Big)),
    d(gb_trees:get(999, Big)),
    S = gb_sets:from_list([c, a, b, a]),
    d(gb_sets:to_list(S)),
    d(gb_sets:is_member(b, S)),
    d(gb_sets:to_list(gb_sets:union(S, gb_sets:from_list([d, a])))),
    d(gb_sets:size(gb_sets:from_list(lists:seq(1, 1000)))),
    It = gb_trees:iterator(T),
    d(iter(It, 3)),
    ok.

iter(_, 0) -> [];
iter(It, N) ->
    case gb_trees:next(It) of
        {K, V, It2} -> [{K, V} | iter(It2, N - 1)];
        none -> []
    end.
