-module(bif_ext_roundtrip).
-export([main/0]).

%% Pseudo-random terms (a fixed linear congruential generator) encoded,
%% decoded and hashed: every encoding must equal erl's byte for byte.
next(S) -> (S * 1103515245 + 12345) rem 2147483648.

gen(S, 0) -> {S rem 1000, next(S)};
gen(S, D) ->
    S1 = next(S),
    case S1 rem 11 of
        0 -> {S1 rem 100000 - 50000, next(S1)};
        1 -> {(S1 rem 1000) / 7, next(S1)};
        2 -> {list_to_atom("a" ++ integer_to_list(S1 rem 50)), next(S1)};
        3 -> {list_to_binary(integer_to_list(S1)), next(S1)};
        4 -> {L, S2} = gen_list(next(S1), D - 1, S1 rem 5, []), {L, S2};
        5 -> {L, S2} = gen_list(next(S1), D - 1, S1 rem 4, []), {list_to_tuple(L), S2};
        6 -> {L, S2} = gen_list(next(S1), D - 1, S1 rem 4, []),
             {maps:from_list([{I, V} || {I, V} <- lists:zip(lists:seq(1, length(L)), L)]), S2};
        7 -> {(S1 bsl 40) * S1, next(S1)};
        8 -> {<<S1:(S1 rem 23)>>, next(S1)};
        9 -> {[S1 rem 256 || _ <- lists:seq(1, S1 rem 6)], next(S1)};
        _ -> {-(S1 bsl 70), next(S1)}
    end.

gen_list(S, _, 0, Acc) -> {lists:reverse(Acc), S};
gen_list(S, D, N, Acc) -> {T, S1} = gen(S, D), gen_list(S1, D, N - 1, [T | Acc]).

main() ->
    {Terms, _} = gen_list(12345, 4, 60, []),
    Bins = [term_to_binary(T) || T <- Terms],
    erlang:display(erlang:phash2(Bins)),
    erlang:display([byte_size(B) || B <- Bins]),
    erlang:display(lists:all(fun({T, B}) -> binary_to_term(B) =:= T end, lists:zip(Terms, Bins))),
    erlang:display(erlang:phash2([term_to_binary(T, [{minor_version, 1}]) || T <- Terms])),
    erlang:display(erlang:phash2([term_to_binary(T, [compressed]) || T <- Terms])),
    erlang:display(erlang:phash2(Terms)),
    erlang:display([erlang:phash2(T) || T <- lists:sublist(Terms, 20)]),
    erlang:display(lists:sublist(lists:sort(Terms), 10)),
    ok.
