-module(ins_large_list).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    L = lists:seq(1, 1000000),
    d(length(L)),
    d(lists:sum(L)),
    R = lists:reverse(L),
    d(hd(R)),
    d(lists:nth(500000, R)),
    M = [X * 2 || X <- L],
    d(lists:last(M)),
    E = [X || X <- L, X rem 2 =:= 0],
    d(length(E)),
    d(lists:foldl(fun(X, A) -> A bxor X end, 0, L)),
    T = list_to_tuple(L),
    d(tuple_size(T)),
    d(element(777777, T)),
    S = lists:sort(fun(A, B) -> A >= B end, lists:sublist(L, 200000)),
    d(lists:sublist(S, 3)),
    Z = lists:zip(lists:sublist(L, 100000), lists:sublist(R, 100000)),
    d(lists:nth(100000, Z)),
    B = L ++ L,
    d(length(B)),
    Nested = [[X] || X <- lists:seq(1, 200000)],
    d(length(lists:append(Nested))),
    d(length(lists:flatten(Nested))),
    ok.
