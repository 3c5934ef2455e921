-module(ins_workload_matrix).
-export([main/0]).

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].

mul(A, B) ->
    BT = transpose(B),
    [[lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, Row, Col)) || Col <- BT] || Row <- A].

identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].

pow(M, 0) -> identity(length(M));
pow(M, K) when K rem 2 =:= 0 -> H = pow(M, K div 2), mul(H, H);
pow(M, K) -> mul(M, pow(M, K - 1)).

main() ->
    A = [[I * J + 1 || J <- lists:seq(1, 20)] || I <- lists:seq(1, 20)],
    P = mul(A, A),
    erlang:display(lists:sum(lists:append(P))),
    Fib = pow([[1, 1], [1, 0]], 300),
    erlang:display(Fib),
    F = [[float(I + J) / 7 || J <- lists:seq(1, 10)] || I <- lists:seq(1, 10)],
    FP = mul(F, F),
    erlang:display(hd(FP)),
    erlang:display(transpose([[1, 2, 3], [4, 5, 6]])),
    ok.
