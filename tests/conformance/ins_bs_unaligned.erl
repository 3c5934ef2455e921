-module(ins_bs_unaligned).
-export([main/0]).

id(X) -> X.

bits(<<>>) -> [];
bits(<<B:1, R/bits>>) -> [B | bits(R)].

rev_bits(<<>>, Acc) -> Acc;
rev_bits(<<B:1, R/bits>>, Acc) -> rev_bits(R, <<B:1, Acc/bits>>).

main() ->
    X = id(<<1:1, 0:1, 1:1>>),
    erlang:display(X),
    erlang:display({bit_size(X), byte_size(X), is_binary(X), is_bitstring(X)}),
    Y = <<X/bits, X/bits, X/bits>>,
    erlang:display(Y),
    erlang:display(bits(Y)),
    erlang:display(rev_bits(id(<<16#F0, 1:2>>), <<>>)),
    <<_:3, Mid:10/bits, Rest/bits>> = id(<<16#ABCD:16, 7:3>>),
    erlang:display({Mid, Rest}),
    <<_:5, B:2/binary, _/bits>> = id(<<1, 2, 3, 4>>),
    erlang:display(B),
    <<_:1, I:32/little, F:32/float, _/bits>> = id(<<0:1, 1:32/little, 2.5:32/float, 0:7>>),
    erlang:display({I, F}),
    erlang:display(<<(id(<<1:1>>))/bits, (id(<<"abc">>))/binary>>),
    erlang:display(bit_size(<< <<1:1>> || _ <- lists:seq(1, 100) >>)),
    erlang:display(list_to_bitstring([<<1:3>>, [<<2:5>>, <<3>>], <<4:4>>])),
    erlang:display(bitstring_to_list(<<1, 2, 3:3>>)),
    erlang:display(catch list_to_binary([<<1:3>>])),
    erlang:display(catch binary_to_list(<<1:3>>)),
    erlang:display(erlang:split_binary(id(<<1, 2, 3, 4>>), 1)),
    erlang:display(<<(id(<<1:1>>)):1/bits, (id(<<1:1>>)):1/bitstring>>),
    erlang:display([<<1:N>> || N <- lists:seq(0, 9)]),
    erlang:display(<<X/bits, (id(16#FFFF)):16, X/bits>> =:= <<X/bits, 255, 255, X/bits>>),
    erlang:display(lists:sort([<<1:1>>, <<1>>, <<0:1>>, <<>>, <<0:2>>, <<1:2>>, <<2>>])),
    ok.
