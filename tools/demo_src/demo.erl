%% A small program run by tools/demo on OpenBEAM in bare mode: stock
%% stdlib modules (lists, io_lib, maps, erl_scan, erl_parse) running
%% unmodified on OpenBEAM's interpreter.
-module(demo).
-export([main/0]).

main() ->
    Primes = [N || N <- lists:seq(2, 60), is_prime(N)],
    erlang:display({primes, Primes}),
    erlang:display(lists:flatten(io_lib:format("~p squared is ~w~n", [12, 12 * 12]))),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end,
                         #{}, string:tokens("the cat and the hat and the bat", " ")),
    erlang:display(Counts),
    {ok, Tokens, _} = erl_scan:string("X = 6 * 7."),
    {ok, Exprs} = erl_parse:parse_exprs(Tokens),
    erlang:display(Exprs),
    erlang:display({factorial_30, fact(30)}),
    erlang:display(catch lists:nth(10, [a, b])),
    ok.

is_prime(N) -> lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N)))).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
