-module(bif_unicode_random).
-export([main/0]).

%% Pseudo-random byte strings (mostly UTF-8 lead and continuation bytes),
%% whole and cut into pieces: characters_to_list/binary results and rest
%% shapes compared with erl through digests and samples.

d(X) -> erlang:display(X).

lcg(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

byte(S) ->
    case (S bsr 16) rem 8 of
        0 -> $a;
        1 -> 16#80 + (S bsr 8) rem 64;
        2 -> 16#C0 + (S bsr 8) rem 32;
        3 -> 16#E0 + (S bsr 8) rem 16;
        4 -> 16#F0 + (S bsr 8) rem 16;
        5 -> 16#ED;
        6 -> 16#A0 + (S bsr 8) rem 32;
        7 -> 16#90
    end.

bytes(S, 0, Acc) -> {Acc, S};
bytes(S, N, Acc) -> S1 = lcg(S), bytes(S1, N - 1, [byte(S1) | Acc]).

pieces([], _S) -> [];
pieces(L, S) ->
    S1 = lcg(S),
    N = min(length(L), 1 + (S1 bsr 16) rem 3),
    {A, B} = lists:split(N, L),
    [list_to_binary(A) | pieces(B, S1)].

round(S0, I, Acc) when I > 0 ->
    S1 = lcg(S0),
    {L, S2} = bytes(S1, (S1 bsr 16) rem 12, []),
    B = list_to_binary(L),
    P = pieces(L, S2),
    R = {unicode:characters_to_list(B), unicode:characters_to_binary(B),
         unicode:characters_to_list(P), unicode:characters_to_binary(P),
         unicode:characters_to_binary(B, utf8, utf16)},
    case I rem 400 of
        0 -> d({B, P, R});
        _ -> ok
    end,
    round(lcg(S2), I - 1, erlang:phash2({Acc, R}));
round(_, 0, Acc) -> Acc.

main() ->
    d(round(1, 4000, 0)),
    ok.
