-module(lib_rand_algs).
-export([main/0]).

main() ->
    Algs = [exsss, exro928ss, exrop, exs1024s, exsp, exs64, exsplus, exs1024],
    [begin
         S = rand:seed_s(A, {1, 2, 3}),
         {L, _} = lists:mapfoldl(fun(_, St) -> rand:uniform_s(1000, St) end, S, lists:seq(1, 8)),
         {F, S2} = rand:uniform_s(S),
         {N, _} = rand:normal_s(S2),
         erlang:display({A, L, F, N})
     end || A <- Algs],
    _ = rand:seed(exsss, {42, 43, 44}),
    erlang:display([rand:uniform(6) || _ <- lists:seq(1, 20)]),
    erlang:display(rand:uniform_real()),
    erlang:display(rand:bytes(8)),
    {B, _} = rand:bytes_s(5, rand:seed_s(exsss, {1, 1, 1})),
    erlang:display(B),
    erlang:display(rand:export_seed_s(rand:seed_s(exrop, {7, 8, 9}))),
    erlang:display(element(1, rand:jump(rand:seed_s(exsss, {1, 2, 3})))),
    ok.
