-module(b_sort).
-export([main/0]).
rand(0, _, Acc) -> Acc;
rand(N, S, Acc) -> S1 = (S * 1103515245 + 12345) rem 2147483648, rand(N - 1, S1, [S1 | Acc]).
main() ->
    L = rand(1000000, 7, []),
    S = lists:sort(L),
    erlang:display({length(S), hd(S), lists:last(S)}).
