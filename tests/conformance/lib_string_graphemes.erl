-module(lib_string_graphemes).
-export([main/0]).
%% The stock string module on grapheme clusters: combining marks, emoji
%% sequences, CRLF, hangul; length, slice, reverse, pad, split, casefold.
d(X) -> erlang:display(X).
main() ->
    Strs = [[$e, 16#301, $x], <<"e\x{301}x"/utf8>>, [16#1F468, 16#200D, 16#1F469, 16#200D, 16#1F467],
            "\r\nab\r\n", [16#1100, 16#1161, 16#11A8, $!], <<"🇸🇪🇫🇮"/utf8>>, "Straße ΣΑΣ",
            [<<"ab">>, [$c, 16#301]], <<"ǅungla"/utf8>>],
    [d({S, string:length(S), string:reverse(S), string:slice(S, 1, 2), string:to_graphemes(S),
        string:next_grapheme(S)}) || S <- Strs],
    [d({S, string:uppercase(S), string:lowercase(S), string:titlecase(S), string:casefold(S)}) || S <- Strs],
    [d({S, string:pad(S, 8, both, $*), string:split(S, [16#200D], all), string:trim(S, both, [$\r, $\n])})
     || S <- Strs],
    d(string:equal("Straße", "STRASSE", true)),
    d(string:equal(<<"é"/utf8>>, [$e, 16#301], false, nfc)),
    d(string:find("aé€bé€c", "é€", trailing)),
    d(string:lexemes(<<"a,,b;c"/utf8>>, [$,, $;])),
    d(string:tokens("a,,b", ",")),
    d([unicode:characters_to_nfc_list([$e, 16#301]), unicode:characters_to_nfd_binary(<<"é"/utf8>>),
       unicode:characters_to_nfkc_list([16#FB01]), unicode:characters_to_nfkd_list([16#2460])]),
    ok.
