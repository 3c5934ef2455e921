-module(lib_re_random).
-export([main/0]).

%% Pseudo-random patterns (from a small grammar, with empty matches,
%% groups, alternations, anchors) on pseudo-random subjects: re:run with
%% global and captures, re:replace and re:split, compared with erl through
%% digests and samples.

d(X) -> erlang:display(X).

lcg(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

atoms() ->
    {"a", "b", "c", ".", "a*", "b+", "c?", "[ab]", "[^a]", "(a)", "(b|c)", "(?:ab)",
     "^", "$", "\\b", "(a*)", "(?<n>b)", "a{2}", "(c|)", "\\w"}.

pattern(S, 0, Acc) -> {lists:flatten(Acc), S};
pattern(S, N, Acc) ->
    S1 = lcg(S),
    A = element(1 + (S1 bsr 16) rem tuple_size(atoms()), atoms()),
    pattern(S1, N - 1, [Acc, A]).

subject(S, 0, Acc) -> {Acc, S};
subject(S, N, Acc) -> S1 = lcg(S), subject(S1, N - 1, [$a + (S1 bsr 16) rem 4 | Acc]).

round(S0, I, Acc) when I > 0 ->
    S1 = lcg(S0),
    {P, S2} = pattern(S1, 1 + (S1 bsr 16) rem 3, []),
    S3 = lcg(S2),
    {Sub, S4} = subject(S3, (S3 bsr 16) rem 10, []),
    R = try {re:run(Sub, P, [global]),
         re:run(list_to_binary(Sub), P, [{capture, all, binary}]),
         re:run(Sub, P, [global, {capture, all_but_first, list}]),
         re:replace(Sub, P, "<&>", [global, {return, list}]),
         re:split(Sub, P, [{return, list}]),
         re:split(Sub, P, [{return, binary}, trim])}
        catch C:E -> {C, E}
        end,
    case I rem 300 of
        0 -> d({P, Sub, R});
        _ -> ok
    end,
    round(S4, I - 1, erlang:phash2({Acc, R}));
round(_, 0, Acc) -> Acc.

main() ->
    d(round(3, 3000, 0)),
    ok.
