-module(bif_binary_random).
-export([main/0]).

%% Many pseudo-random haystacks and pattern sets over a small alphabet
%% (lots of overlaps and shared prefixes): binary:match/matches/split with
%% one and several patterns, compared with erl through digests and samples.

d(X) -> erlang:display(X).

lcg(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

rand_bin(S, 0, Acc) -> {list_to_binary(Acc), S};
rand_bin(S, N, Acc) ->
    S1 = lcg(S),
    rand_bin(S1, N - 1, [$a + (S1 bsr 16) rem 3 | Acc]).

rand_pats(S, 0, Acc) -> {Acc, S};
rand_pats(S, N, Acc) ->
    S1 = lcg(S),
    {P, S2} = rand_bin(S1, 1 + (S1 bsr 16) rem 4, []),
    rand_pats(S2, N - 1, [P | Acc]).

round(S0, I, Acc) when I > 0 ->
    S1 = lcg(S0),
    {H, S2} = rand_bin(S1, (S1 bsr 16) rem 40, []),
    S3 = lcg(S2),
    {Ps, S4} = rand_pats(S3, 1 + (S3 bsr 16) rem 4, []),
    R = {binary:match(H, Ps), binary:matches(H, Ps), binary:split(H, Ps, [global]),
         binary:split(H, Ps, [global, trim_all]), binary:matches(H, hd(Ps))},
    case I rem 250 of
        0 -> d({H, Ps, R});
        _ -> ok
    end,
    round(S4, I - 1, erlang:phash2({Acc, R}));
round(_, 0, Acc) -> Acc.

main() ->
    d(round(42, 3000, 0)),
    d(round(7, 2000, 1)),
    ok.
