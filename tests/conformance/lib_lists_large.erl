-module(lib_lists_large).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    R = gen(200000, 42, []),
    S = lists:sort(R),
    d(lists:sublist(S, 5)),
    d(lists:nth(100000, S)),
    d(length(lists:usort(R))),
    K = lists:keysort(2, [{I, X} || {I, X} <- lists:zip(lists:seq(1, 200000), R)]),
    d(hd(K)),
    d(lists:last(K)),
    d(lists:sum(lists:map(fun(X) -> X rem 10 end, R))),
    {A, B} = lists:partition(fun(X) -> X > 500000 end, R),
    d({length(A), length(B)}),
    M = lists:merge(lists:sort(A), lists:sort(B)),
    d(M =:= S),
    d(lists:max(R) - lists:min(R)),
    d(length(lists:flatten([[X, [X]] || X <- lists:seq(1, 100000)]))),
    ok.

gen(0, _, Acc) -> Acc;
gen(N, S, Acc) ->
    S2 = (S * 6364136223846793005 + 1442695040888963407) band 16#FFFFFFFFFFFFFFFF,
    gen(N - 1, S2, [(S2 bsr 33) rem 1000000 | Acc]).
