-module(bif_binary_split).
-export([main/0]).

%% binary:split/2,3 with global, trim, trim_all and scope; binary:replace
%% (stdlib code on top of matches/3).

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

opts() ->
    [[], [global], [trim], [trim_all], [global, trim], [global, trim_all], [trim, trim_all]].

all(H, P) ->
    d({H, P}),
    [d({O, binary:split(H, P, O)}) || O <- opts()].

main() ->
    d(binary:split(<<"a,b,c">>, <<",">>)),
    all(<<"a,b,c">>, <<",">>),
    all(<<",a,,b,,">>, <<",">>),
    all(<<",,">>, <<",">>),
    all(<<",">>, <<",">>),
    all(<<"">>, <<",">>),
    all(<<"abc">>, <<",">>),
    all(<<"a,b;c;;d,">>, [<<",">>, <<";">>]),
    all(<<"a::b:::c">>, [<<"::">>, <<":">>]),
    all(<<"a\r\nb\nc\r\n">>, [<<"\r\n">>, <<"\n">>]),
    d(binary:split(<<"a b c d e">>, <<" ">>, [global, {scope, {2, 5}}])),
    d(binary:split(<<"a b c d e">>, <<" ">>, [{scope, {4, 5}}])),
    d(binary:split(<<"a b c d e">>, <<" ">>, [{scope, {0, 0}}, trim])),
    d(binary:split(<<"a b c">>, <<" ">>, [global | foo])),
    Big = binary:copy(<<"0123456789abcdefghij,">>, 10),
    Parts = binary:split(Big, <<",">>, [global]),
    d({length(Parts), hd(Parts), lists:last(Parts)}),
    Long = binary:copy(<<"x">>, 100),
    [P1, P2] = binary:split(iolist_to_binary([Long, ",", Long]), <<",">>),
    d({byte_size(P1), byte_size(P2), binary:referenced_byte_size(P2)}),
    d(binary:replace(<<"abcabc">>, <<"b">>, <<"XX">>)),
    d(binary:replace(<<"abcabc">>, <<"b">>, <<"XX">>, [global])),
    d(binary:replace(<<"abcabc">>, [<<"a">>, <<"c">>], <<"[]">>, [global, {insert_replaced, 1}])),
    d(binary:replace(<<"abcabc">>, <<"bc">>, <<"<>">>, [global, {insert_replaced, [0, 1, 2]}])),
    d(binary:replace(<<"abcabc">>, <<"a">>, <<"-">>, [{scope, {1, 5}}])),
    [d(c(F)) || F <- [fun() -> binary:split(foo, <<",">>) end,
                      fun() -> binary:split(<<"a">>, <<>>) end,
                      fun() -> binary:split(<<"a">>, <<",">>, [bad]) end,
                      fun() -> binary:split(<<"a">>, <<",">>, bad) end,
                      fun() -> binary:split(<<"a">>, <<",">>, [{scope, {0, 2}}]) end,
                      fun() -> binary:split(<<>>, foo) end,
                      fun() -> binary:split(<<1:1>>, <<",">>) end,
                      fun() -> binary:replace(<<"a">>, <<>>, <<"b">>) end]],
    ok.
