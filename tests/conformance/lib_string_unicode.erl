-module(lib_string_unicode).
-export([main/0]).

%% The stock string, unicode (normalisation) and unicode_util modules on
%% non-ASCII text, lists and binaries; io_lib's ~ts and ~tp.

d(X) -> erlang:display(X).

main() ->
    S = "Ärger über Öl: ß, ﬁ, Ǆ, e\x{301}, 🇸🇪, 한국어",
    B = unicode:characters_to_binary(S),
    d(string:length(S)),
    d(string:length(B)),
    d(string:uppercase(S)),
    d(string:lowercase(B)),
    d(string:titlecase("ǆemal")),
    d(string:casefold(B)),
    d(string:reverse(S)),
    d(string:slice(B, 3, 7)),
    d(string:slice(S, 20)),
    d(string:split(B, ", ", all)),
    d(string:lexemes(S, " ,:")),
    d(string:to_graphemes("e\x{301}🇸🇪a")),
    d(string:equal("Straße", "STRASSE", true)),
    d(string:equal(<<"Öl"/utf8>>, "Öl")),
    d(string:find(B, "über")),
    d(string:find(S, "l", trailing)),
    d(string:trim("\t  Åke \r\n")),
    d(string:pad(<<"ö"/utf8>>, 5, both, $*)),
    d(string:next_codepoint(B)),
    d(string:next_grapheme(<<"e"/utf8, 16#301/utf8, "x">>)),
    d(string:is_empty(<<>>)),
    d(string:chomp(<<"line\r\n">>)),
    d(string:replace(B, "ß", "ss", all)),
    d(unicode:characters_to_nfc_list("e\x{301}A\x{30A}")),
    d(unicode:characters_to_nfd_binary(<<"é"/utf8>>)),
    d(unicode:characters_to_nfkc_list("ﬁ①")),
    d(unicode:characters_to_nfkd_binary("ﬁ")),
    d(unicode:characters_to_nfc_list([<<"e">>, 16#301, <<255>>])),
    d(unicode_util:gc("e\x{301}x")),
    d(unicode_util:cp(<<"€x"/utf8>>)),
    d(unicode_util:uppercase("ǆ")),
    d(lists:flatten(io_lib:format("~ts|~tp|~p|~s", [S, S, "ö", "ö"]))),
    d(lists:flatten(io_lib:format("~ts", [B]))),
    d(lists:flatten(io_lib:format("~tp", [B]))),
    d(lists:flatten(io_lib:format("~p", [B]))),
    d(io_lib:format("~10ts|~-6ts|", ["å", "€"])),
    d(lists:flatten(io_lib:format("~tw ~w", [['ä', <<"ä"/utf8>>], 'ä']))),
    d(unicode:characters_to_binary(io_lib:format("~ts", [[<<"x">>, 8364]]))),
    ok.
