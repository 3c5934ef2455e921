-module(bif_integer_bases).
-export([main/0]).
%% integer_to_binary/2, binary_to_integer/2, integer_to_list/2,
%% list_to_integer/2 in every base, bignums, signs and errors.
d(X) -> erlang:display(X).
main() ->
    Ns = [0, 1, -1, 35, 36, 255, -255, 1 bsl 59, -(1 bsl 59), 1 bsl 64, -(1 bsl 100) + 7,
          123456789012345678901234567890],
    [d({N, B, integer_to_binary(N, B), integer_to_list(N, B)}) || N <- Ns, B <- [2, 3, 7, 8, 10, 16, 35, 36]],
    [d({N, B, binary_to_integer(integer_to_binary(N, B), B) =:= N}) || N <- Ns, B <- lists:seq(2, 36)],
    Texts = [<<"ff">>, <<"FF">>, <<"-ff">>, <<"+ff">>, <<"zz">>, <<"ZZ">>, <<"10">>, <<"">>, <<"-">>,
             <<"+">>, <<" 1">>, <<"1 ">>, <<"1_0">>, <<"0x10">>, <<"--1">>, <<"00000000000000000000000001">>,
             <<"7fffffffffffffffffffffff">>],
    [d({T, B, catch binary_to_integer(T, B), catch list_to_integer(binary_to_list(T), B)})
     || T <- Texts, B <- [2, 10, 16, 36]],
    [d(catch integer_to_binary(10, B)) || B <- [1, 37, 0, -2, a, 10.0]],
    [d(catch binary_to_integer(<<"10">>, B)) || B <- [1, 37, a]],
    [d(catch integer_to_binary(X, 10)) || X <- [1.0, a, "1"]],
    [d(catch binary_to_integer(X)) || X <- [<<1:1>>, "12", 12, <<"1.0">>]],
    ok.
