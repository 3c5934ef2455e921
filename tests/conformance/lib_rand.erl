-module(lib_rand).
-export([main/0]).

d(X) -> erlang:display(X).

%% Explicit-state rand: deterministic, no process dictionary.
main() ->
    S0 = rand:seed_s(exsss, {1, 2, 3}),
    {Xs, S1} = draw(10, 100, S0, []),
    d(Xs),
    {F, _} = rand:uniform_s(S1),
    d(F),
    S2 = rand:seed_s(exro928ss, {4, 5, 6}),
    {Ys, _} = draw(5, 1 bsl 40, S2, []),
    d(Ys),
    S3 = rand:seed_s(exsp, {7, 8, 9}),
    {N, _} = rand:normal_s(S3),
    d(N),
    ok.

draw(0, _, S, Acc) -> {lists:reverse(Acc), S};
draw(K, Max, S, Acc) ->
    {X, S2} = rand:uniform_s(Max, S),
    draw(K - 1, Max, S2, [X | Acc]).
