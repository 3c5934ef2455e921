-module(lib_ord).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    D0 = orddict:new(),
    D1 = orddict:store(b, 2, orddict:store(a, 1, orddict:store(c, 3, D0))),
    d(D1),
    d(orddict:fetch(b, D1)),
    d(orddict:find(z, D1)),
    d(orddict:update_counter(a, 10, D1)),
    d(orddict:append(x, 1, orddict:append(x, 2, D1))),
    d(orddict:erase(b, D1)),
    d(orddict:fold(fun(K, V, Acc) -> [{V, K} | Acc] end, [], D1)),
    d(orddict:merge(fun(_, A, B) -> A + B end, D1, orddict:from_list([{a, 100}, {d, 4}]))),
    S1 = ordsets:from_list([5, 3, 1, 3, 9]),
    S2 = ordsets:from_list([3, 4, 5]),
    d(S1),
    d(ordsets:union(S1, S2)),
    d(ordsets:intersection(S1, S2)),
    d(ordsets:subtract(S1, S2)),
    d(ordsets:is_element(9, S1)),
    d(ordsets:is_subset([3, 5], S1)),
    d(ordsets:add_element(0, S1)),
    d(ordsets:del_element(3, S1)),
    d(ordsets:union([[1], [2, 3], [1, 4]])),
    ok.
