-module(lib_unicode_invalid).
-export([main/0]).
%% unicode conversions of invalid UTF-8: overlong forms, surrogates, bytes
%% F5..FF, lone continuation bytes, truncated sequences at the end and in
%% the middle, code points above 16#10FFFF in lists.
d(X) -> erlang:display(X).
main() ->
    Bad = [<<192, 128>>, <<193, 191>>, <<224, 128, 128>>, <<224, 159, 191>>, <<237, 160, 128>>,
           <<237, 191, 191>>, <<240, 128, 128, 128>>, <<244, 144, 128, 128>>, <<245, 128, 128, 128>>,
           <<255>>, <<128>>, <<191, "abc">>, <<"ab", 226, 130>>, <<"ab", 226>>, <<"ab", 240, 159, 152>>,
           <<"x", 226, 130, "y">>, <<"ok", 237, 159, 191, "ok">>, <<239, 187, 191, "bom">>,
           <<244, 143, 191, 191>>, <<"a", 0, "b">>],
    [d({B, unicode:characters_to_list(B), unicode:characters_to_binary(B),
        unicode:characters_to_binary(B, utf8, utf16), unicode:characters_to_binary(B, utf8, latin1)})
     || B <- Bad],
    Lists = [[16#D800], [16#DFFF], [16#10FFFF], [16#110000], [-1], [a], [$a, <<255>>], [$a | <<"b">>],
             [<<"ok">>, [16#1F600]], [[[$x]], <<226, 130, 172>>, 16#20AC], [1.0]],
    [d({L, catch unicode:characters_to_binary(L), catch unicode:characters_to_list(L),
        catch unicode:characters_to_binary(L, unicode, latin1)}) || L <- Lists],
    [d({E, catch unicode:characters_to_binary(<<"caf", 195, 169>>, E)})
     || E <- [latin1, utf8, unicode, utf16, {utf16, little}, utf32, {utf32, big}, bad]],
    d(catch unicode:characters_to_binary(<<"x">>, bad, utf8)),
    d(catch unicode:characters_to_list(x)),
    d(catch unicode:characters_to_list(<<0:3>>, latin1)),
    ok.
