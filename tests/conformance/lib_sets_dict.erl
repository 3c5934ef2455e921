-module(lib_sets_dict).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    S = sets:from_list([3, 1, 4, 1, 5, 9, 2, 6]),
    d(lists:sort(sets:to_list(S))),
    d(sets:size(S)),
    d(sets:is_element(4, S)),
    d(sets:is_element(7, S)),
    d(lists:sort(sets:to_list(sets:union(S, sets:from_list([7, 8]))))),
    d(lists:sort(sets:to_list(sets:intersection(S, sets:from_list([1, 2, 3, 10]))))),
    d(sets:fold(fun(X, A) -> X + A end, 0, S)),
    D = lists:foldl(fun({K, V}, Acc) -> dict:store(K, V, Acc) end, dict:new(),
                    [{K, K * K} || K <- lists:seq(1, 50)]),
    d(dict:size(D)),
    d(dict:fetch(7, D)),
    d(dict:find(51, D)),
    d(lists:sort(dict:fetch_keys(dict:filter(fun(K, _) -> K > 45 end, D)))),
    D2 = dict:update_counter(word, 1, dict:update_counter(word, 1, dict:new())),
    d(dict:to_list(D2)),
    d(dict:fold(fun(_, V, A) -> V + A end, 0, D)),
    W = count_words(["a", "b", "a", "c", "b", "a"]),
    d(lists:sort(dict:to_list(W))),
    ok.

count_words(Ws) ->
    lists:foldl(fun(W, A) -> dict:update_counter(W, 1, A) end, dict:new(), Ws).
