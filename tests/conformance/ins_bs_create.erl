-module(ins_bs_create).
-export([main/0]).

id(X) -> X.

main() ->
    A = id(1), B = id(300), C = id(-5), F = id(1.5),
    erlang:display(<<A:8, B:16, C:32/signed>>),
    erlang:display(<<B:16/little, C:24/little-signed>>),
    erlang:display(<<A:1, B:3, C:5>>),
    erlang:display(<<F/float>>),
    erlang:display(<<F:32/float>>),
    erlang:display(<<F:16/float>>),
    erlang:display(<<F:64/float-little>>),
    erlang:display(<<(id(7)):64/float>>),
    erlang:display(<<"abc", (id(<<"def">>))/binary, "g">>),
    erlang:display(<<(id(<<1:3>>))/bits, (id(<<2:5>>))/bits>>),
    erlang:display(<<(id(<<"xyz">>)):2/binary>>),
    erlang:display(<<(id(12345678901234567890)):72>>),
    erlang:display(<<(id(-1)):70/signed>>),
    erlang:display(<<(id(255)):4>>),
    erlang:display(<<(id(5)):(id(3))/unit:4>>),
    erlang:display(<<>>),
    erlang:display(<<(id(1)):0>>),
    Size = id(12),
    erlang:display(<<(id(4095)):Size, (id(1)):Size/little>>),
    erlang:display(bit_size(<<(id(0)):(id(1000))>>)),
    erlang:display(<<(id($a)), (id($b)):8/unit:1>>),
    erlang:display([<<X:N>> || {X, N} <- [{1, 1}, {2, 2}, {255, 7}, {256, 9}]]),
    erlang:display(catch <<(id(a)):8>>),
    erlang:display(catch <<(id(1)):(id(-1))>>),
    erlang:display(catch <<(id(<<1:3>>))/binary>>),
    erlang:display(catch <<(id(1.0e300)):32/float>>),
    erlang:display(catch <<(id(x))/float>>),
    erlang:display(catch <<(id(1)):(id(foo))>>),
    erlang:display(catch <<(id("abc"))/binary>>),
    ok.
