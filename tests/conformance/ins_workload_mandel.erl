-module(ins_workload_mandel).
-export([main/0]).

iter(_, _, _, _, 100) -> 100;
iter(X, Y, Cr, Ci, N) ->
    X2 = X * X, Y2 = Y * Y,
    if X2 + Y2 > 4.0 -> N;
       true -> iter(X2 - Y2 + Cr, 2.0 * X * Y + Ci, Cr, Ci, N + 1)
    end.

row(Y, W, H) ->
    Ci = (Y / H) * 2.0 - 1.0,
    [case iter(0.0, 0.0, (X / W) * 3.0 - 2.0, Ci, 0) of 100 -> $#; N when N > 10 -> $+; _ -> $. end
     || X <- lists:seq(0, W - 1)].

main() ->
    W = 60, H = 24,
    Rows = [row(Y, W, H) || Y <- lists:seq(0, H - 1)],
    [erlang:display(R) || R <- Rows],
    Total = lists:sum([iter(0.0, 0.0, X / 100, Y / 100, 0) || X <- lists:seq(-200, 50, 5), Y <- lists:seq(-100, 100, 5)]),
    erlang:display(Total),
    ok.
