-module(bif_unicode_large).
-export([main/0]).

%% Large inputs: megabytes of text, deep and long lists, errors far in.

d(X) -> erlang:display(X).

main() ->
    Chunk = <<"abc ", "héllo wörld "/utf8, 16#1F600/utf8, "\n">>,
    Big = list_to_binary(lists:duplicate(40000, Chunk)),
    d(byte_size(Big)),
    L = unicode:characters_to_list(Big),
    d(length(L)),
    d(lists:sublist(L, 20)),
    B2 = unicode:characters_to_binary(L),
    d(B2 =:= Big),
    d(unicode:characters_to_binary(Big) =:= Big),
    Latin = unicode:characters_to_binary(Big, latin1),
    d(byte_size(Latin)),
    U16 = unicode:characters_to_binary(Big, utf8, {utf16, little}),
    d(byte_size(U16)),
    d(unicode:characters_to_binary(U16, {utf16, little}) =:= Big),
    Bad = <<Big/binary, 255, "tail">>,
    {error, Conv, Rest} = unicode:characters_to_binary(Bad),
    d({byte_size(Conv), Rest}),
    {error, ConvL, RestL} = unicode:characters_to_list(Bad),
    d({length(ConvL), RestL}),
    Deep = lists:foldl(fun(_, Acc) -> [Acc, $x] end, [], lists:seq(1, 100000)),
    d(byte_size(unicode:characters_to_binary(Deep))),
    Long = lists:duplicate(300000, 16#20AC),
    d(byte_size(unicode:characters_to_binary(Long))),
    d(length(unicode:characters_to_list(Long))),
    {incomplete, C3, R3} = unicode:characters_to_binary([Big, <<16#F0, 16#9F>>]),
    d({byte_size(C3), R3}),
    Many = [<<C>> || C <- binary_to_list(Big)],
    d(unicode:characters_to_binary(Many) =:= Big),
    ok.
