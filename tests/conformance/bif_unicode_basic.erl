-module(bif_unicode_basic).
-export([main/0]).

%% unicode:characters_to_list/1,2 and characters_to_binary/1,2,3 on valid
%% input: latin1 and UTF-8, lists, binaries, nesting, improper tails.

d(X) -> erlang:display(X).

main() ->
    d(unicode:characters_to_list("plain")),
    d(unicode:characters_to_list([104, [233, "x"]])),
    d(unicode:characters_to_list([])),
    d(unicode:characters_to_list(<<>>)),
    d(unicode:characters_to_list([[], [[]], <<>>])),
    d(unicode:characters_to_list(<<"h", 195, 169, "llo">>)),
    d(unicode:characters_to_list(<<"h", 195, 169, "llo">>, unicode)),
    d(unicode:characters_to_list(<<"h", 195, 169, "llo">>, utf8)),
    d(unicode:characters_to_list(<<"h", 233, "llo">>, latin1)),
    d(unicode:characters_to_list([<<"ab">>, 16#1F600, [<<226, 130, 172>>] | <<"z">>])),
    d(unicode:characters_to_list([$a | <<"bc">>], latin1)),
    d(unicode:characters_to_list([255, <<255>>], latin1)),
    d(unicode:characters_to_binary("héllo")),
    d(unicode:characters_to_binary("héllo", latin1)),
    d(unicode:characters_to_binary(<<"h", 233>>, latin1)),
    d(unicode:characters_to_binary([16#10FFFF, 16#FFFF, 16#E000, 16#D7FF])),
    d(unicode:characters_to_binary([0, 127, 128, 2047, 2048, 65535, 65536])),
    d(unicode:characters_to_binary([[[[<<"deep">>]]], " ", [[$x] | <<"y">>]])),
    d(unicode:characters_to_binary(<<"already utf8 ", 226, 130, 172>>)),
    d(unicode:characters_to_binary([<<"single">>])),
    d(unicode:characters_to_binary(<<"abc">>, latin1, latin1)),
    d(unicode:characters_to_binary(<<"abc">>, latin1, utf8)),
    d(unicode:characters_to_binary(<<"é"/utf8>>, utf8, latin1)),
    d(unicode:characters_to_binary("é", unicode, latin1)),
    d(unicode:characters_to_binary("é€", unicode, latin1)),
    d(unicode:characters_to_binary(<<233>>, latin1, unicode)),
    d(unicode:bin_is_7bit(<<"abc">>)),
    d(unicode:bin_is_7bit(<<"abé">>)),
    d(unicode:bin_is_7bit(<<>>)),
    d(unicode:bin_is_7bit(<<1:7>>)),
    d(unicode:bin_is_7bit("abc")),
    %% sub binaries, also unaligned ones
    <<_:3, Unaligned:6/binary, _:13>> = <<1, "hé"/utf8, "llo", 2>>,
    d(Unaligned),
    d(unicode:characters_to_list(Unaligned)),
    d(unicode:characters_to_binary([Unaligned, Unaligned])),
    Big = list_to_binary(lists:duplicate(100, "añb")),
    <<_:10/binary, Sub:200/binary, _/binary>> = Big,
    <<_:1/binary, SubSub:150/binary, _/binary>> = Sub,
    d(length(unicode:characters_to_list(SubSub, latin1))),
    d(unicode:characters_to_list(SubSub)),
    d(unicode:characters_to_binary(SubSub, latin1) =:= unicode:characters_to_binary(binary_to_list(SubSub))),
    d(unicode:bom_to_encoding(<<239, 187, 191, "x">>)),
    d(unicode:encoding_to_bom({utf16, little})),
    ok.
