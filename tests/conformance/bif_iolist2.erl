-module(bif_iolist2).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Deep = lists:foldl(fun(I, Acc) -> [Acc, integer_to_list(I), <<",">>] end, [], lists:seq(1, 300)),
    B = iolist_to_binary(Deep),
    erlang:display({byte_size(B), iolist_size(Deep), erlang:phash2(B)}),
    erlang:display(iolist_to_binary([<<"a">>, [[[[[[$b]]]]]], [] | <<"c">>])),
    erlang:display(list_to_binary([[1 | <<2>>], 3])),
    erlang:display([t(fun() -> iolist_to_binary(id(X)) end) || X <- [[a], [1 | 2], [<<1:1>>], [-1], [1.0], #{}]]),
    erlang:display([t(fun() -> iolist_size(id(X)) end) || X <- [[a], <<1:1>>, [[], [256]]]]),
    erlang:display(list_to_bitstring([[<<1:1>>], <<1:7>>, [<<7:3>>] | <<1:5>>])),
    ok.
