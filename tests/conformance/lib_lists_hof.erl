-module(lib_lists_hof).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    L = lists:seq(1, 10),
    d(lists:map(fun(X) -> X * X end, L)),
    d(lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)),
    d(lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)),
    d(lists:foldl(fun(X, Acc) -> X + Acc end, 0, L)),
    d(lists:filter(fun(X) -> X rem 2 =:= 0 end, L)),
    d(lists:filtermap(fun(X) when X > 5 -> {true, X * 10}; (X) -> X =:= 1 end, L)),
    d(lists:any(fun(X) -> X > 9 end, L)),
    d(lists:all(fun(X) -> X > 0 end, L)),
    d(lists:all(fun(X) -> X > 1 end, L)),
    d(lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, L)),
    d(lists:mapfoldr(fun(X, S) -> {S, S + X} end, 0, [1, 2, 3])),
    d(lists:flatmap(fun(X) -> [X, X] end, [a, b, c])),
    d(lists:partition(fun(X) -> X < 4 end, L)),
    d(lists:takewhile(fun(X) -> X < 4 end, L)),
    d(lists:dropwhile(fun(X) -> X < 4 end, L)),
    d(lists:splitwith(fun(X) -> X < 4 end, L)),
    d(lists:foreach(fun(X) -> erlang:display({each, X}) end, [1, 2, 3])),
    d(lists:search(fun(X) -> X > 7 end, L)),
    d(lists:search(fun(X) -> X > 70 end, L)),
    d(lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])),
    d(lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [3, 4], [5, 6])),
    d(lists:sort(fun(A, B) -> length(A) =< length(B) end, ["ccc", "a", "bb", ""])),
    d(lists:foldl(fun(X, {Min, Max}) -> {min(X, Min), max(X, Max)} end, {1000, -1000}, [5, -3, 99, 12])),
    d(lists:uniq([3, 1, 3, 2, 1, 4])),
    d(lists:uniq(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    ok.
