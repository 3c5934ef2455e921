-module(lib_unicode_utf16_utf32).
-export([main/0]).
%% UTF-16 and UTF-32 in both endiannesses: round trips, surrogate pairs,
%% lone surrogates, odd lengths, incomplete and error results.
d(X) -> erlang:display(X).
main() ->
    S = [$a, 16#E9, 16#20AC, 16#1F600, 16#10FFFF, 0],
    Encs = [utf16, {utf16, big}, {utf16, little}, utf32, {utf32, big}, {utf32, little}],
    [d({E, unicode:characters_to_binary(S, unicode, E)}) || E <- Encs],
    [d({E, unicode:characters_to_list(unicode:characters_to_binary(S, unicode, E), E) =:= S}) || E <- Encs],
    Raw = [{utf16, <<216, 61>>}, {utf16, <<216, 61, 222>>}, {utf16, <<220, 0>>}, {utf16, <<216, 0, 0, 97>>},
           {utf16, <<0, 97, 0>>}, {{utf16, little}, <<61, 216, 0, 222>>}, {{utf16, little}, <<0, 220>>},
           {utf32, <<0, 0, 216, 0>>}, {utf32, <<0, 17, 0, 0>>}, {utf32, <<0, 0, 0>>},
           {{utf32, little}, <<0, 216, 0, 0>>}, {{utf32, little}, <<97, 0, 0, 0, 98>>}],
    [d({E, B, unicode:characters_to_list(B, E), unicode:characters_to_binary(B, E, utf8)}) || {E, B} <- Raw],
    d(unicode:characters_to_binary([<<0, 97>>, [<<0>>, <<98>>]], utf16, utf8)),
    d(unicode:characters_to_binary(<<"abc">>, latin1, utf32)),
    d(unicode:characters_to_binary([255, 256], unicode, latin1)),
    d(unicode:characters_to_binary([255, 256], unicode, utf16)),
    d(catch unicode:characters_to_binary(<<"x">>, utf16, utf8)),
    ok.
