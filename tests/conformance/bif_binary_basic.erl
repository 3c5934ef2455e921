-module(bif_binary_basic).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = id(<<"hello world">>),
    erlang:display([byte_size(B), bit_size(B), size(B)]),
    erlang:display([byte_size(id(<<1:9>>)), bit_size(id(<<1:9>>))]),
    erlang:display(split_binary(B, 5)),
    erlang:display(split_binary(B, 0)),
    erlang:display(binary_part(B, {6, 5})),
    erlang:display(binary_part(B, {11, -5})),
    erlang:display(binary_to_list(B)),
    erlang:display(binary_to_list(B, 1, 5)),
    erlang:display(list_to_binary([B, " ", [<<"x">>, $y]])),
    erlang:display(iolist_to_binary([[], <<>>, [[]]])),
    erlang:display(bitstring_to_list(<<1:1, 2:7, 3:3>>)),
    erlang:display(list_to_bitstring([<<1:1>>, 255])),
    erlang:display(erlang:bit_size(<<>>)),
    erlang:display([t(fun() -> split_binary(B, id(12)) end), t(fun() -> split_binary(id(x), 1) end),
                    t(fun() -> binary_part(B, {id(5), 7}) end), t(fun() -> binary_part(B, {id(-1), 1}) end),
                    t(fun() -> binary_to_list(B, 0, 2) end), t(fun() -> byte_size(id(x)) end),
                    t(fun() -> bit_size(id([])) end), t(fun() -> list_to_binary(id([-1])) end),
                    t(fun() -> list_to_binary(id(<<"x">>)) end), t(fun() -> iolist_to_binary(id(x)) end),
                    t(fun() -> list_to_bitstring(id([a])) end)]),
    erlang:display(erlang:iolist_size([B, [1, 2], <<3>>])),
    erlang:display(is_binary(<<1:8>>) andalso not is_binary(<<1:7>>)),
    erlang:display(<<B/binary, (list_to_binary(lists:seq(1, 100)))/binary>> =:= iolist_to_binary([B, lists:seq(1, 100)])),
    Big = list_to_binary(lists:duplicate(1000, <<"abcdefghij">>)),
    {H, T} = split_binary(Big, 5003),
    erlang:display({byte_size(H), byte_size(T), binary_part(T, 0, 7)}),
    erlang:display(binary_to_list(binary_part(Big, 9990, 10))),
    ok.
