-module(bif_unicode_utf16_32).
-export([main/0]).

%% UTF-16 and UTF-32 in both byte orders, in and out (the encodings ERTS
%% hands to Erlang code in unicode.erl), with errors and incomplete input.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

encs() ->
    [latin1, unicode, utf8, utf16, {utf16, big}, {utf16, little},
     utf32, {utf32, big}, {utf32, little}].

main() ->
    S = [$a, 233, 16#20AC, 16#1F600, 0],
    [begin
         B = unicode:characters_to_binary(S, unicode, E),
         d({E, B}),
         d(unicode:characters_to_list(B, E)),
         d(unicode:characters_to_binary(B, E)),
         d(unicode:characters_to_binary(B, E, utf8)),
         d(unicode:characters_to_binary([B, B], E, {utf16, little}))
     end || E <- encs(), E =/= latin1],
    d(unicode:characters_to_binary(S, unicode, latin1)),
    [d({From, To, c(fun() -> unicode:characters_to_binary("aé", From, To) end)})
     || From <- encs(), To <- encs()],
    %% truncated and invalid
    d(unicode:characters_to_list(<<0, $a, 0>>, utf16)),
    d(unicode:characters_to_list(<<$a, 0, 0>>, {utf16, little})),
    d(unicode:characters_to_list(<<16#D8, 16#3D, 16#DE>>, utf16)),
    d(unicode:characters_to_list(<<16#D8, 16#3D>>, utf16)),
    d(unicode:characters_to_list(<<16#DC, 16#00, 0, $a>>, utf16)),
    d(unicode:characters_to_list(<<16#D8, 16#00, 0, $a>>, utf16)),
    d(unicode:characters_to_list(<<16#3D, 16#D8, 16#00, 16#DE>>, {utf16, little})),
    d(unicode:characters_to_list(<<16#3D, 16#D8>>, {utf16, little})),
    d(unicode:characters_to_list(<<0, 0, 0>>, utf32)),
    d(unicode:characters_to_list(<<0, 0, 0, $a, 0, 0>>, utf32)),
    d(unicode:characters_to_list(<<0, 16#11, 0, 0>>, utf32)),
    d(unicode:characters_to_list(<<0, 0, 16#D8, 0>>, utf32)),
    d(unicode:characters_to_list(<<$a, 0, 0, 0, $b, 0>>, {utf32, little})),
    d(unicode:characters_to_list(<<0, 0, 16#11, 0>>, {utf32, little})),
    d(unicode:characters_to_list([<<0>>, <<$a>>, [<<0, $b>>]], utf16)),
    d(unicode:characters_to_list([<<0>>, $a], utf16)),
    d(unicode:characters_to_list([$a, $b], utf16)),
    d(unicode:characters_to_list([<<0, 0>>, <<0, $a>>], utf32)),
    d(unicode:characters_to_binary([16#D800], unicode, utf16)),
    d(unicode:characters_to_binary([16#110000], unicode, utf32)),
    d(unicode:characters_to_binary([$a, 300], unicode, latin1)),
    d(unicode:characters_to_binary(<<0, $a, 1, 0>>, utf16, latin1)),
    d(unicode:characters_to_binary(<<0, $a, 0>>, utf16, latin1)),
    d(c(fun() -> unicode:characters_to_list(<<0, $a>>, {utf16, middle}) end)),
    d(c(fun() -> unicode:characters_to_list(foo, utf16) end)),
    d(c(fun() -> unicode:characters_to_binary(foo, utf32) end)),
    ok.
