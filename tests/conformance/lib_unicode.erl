-module(lib_unicode).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(unicode:characters_to_list("plain")),
    d(unicode:characters_to_list([104, [233, "x"]])),
    d(unicode:characters_to_binary("héllo")),
    d(unicode:characters_to_list(<<"h", 195, 169, "llo">>)),
    d(string:uppercase("straße")),
    d(string:casefold("ÀÉÎ")),
    d(unicode:characters_to_nfd_list("é")),
    ok.
