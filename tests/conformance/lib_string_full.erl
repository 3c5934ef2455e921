%% The stock string module: every function of the modern API over lists,
%% binaries and mixed chardata, with grapheme clusters (CR LF, combining
%% marks, emoji sequences), directions, and the badarg cases.
-module(lib_string_full).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Ins = ["  Hello World  ", <<"  bin  text "/utf8>>, ["mi", <<"xed">>, $\s, "chardata"],
           "e\x{301}te\x{301}", <<"\r\nline\r\n"/utf8>>, "👨‍👩‍👧 family", "", <<>>,
           "ǅungla ÆØÅ ßtraße İi", "a\tb\nc"],
    F1 = [{length, fun string:length/1}, {is_empty, fun string:is_empty/1},
          {reverse, fun string:reverse/1}, {to_graphemes, fun string:to_graphemes/1},
          {uppercase, fun string:uppercase/1}, {lowercase, fun string:lowercase/1},
          {titlecase, fun string:titlecase/1}, {casefold, fun string:casefold/1},
          {trim, fun string:trim/1}, {chomp, fun string:chomp/1},
          {next_grapheme, fun string:next_grapheme/1}, {next_codepoint, fun string:next_codepoint/1},
          {lexemes, fun(S) -> string:lexemes(S, " \t\n") end},
          {nth_lexeme, fun(S) -> string:nth_lexeme(S, 2, " ") end},
          {pad, fun(S) -> string:pad(S, 20, both, $*) end},
          {pad_l, fun(S) -> string:pad(S, 18, leading) end},
          {slice, fun(S) -> string:slice(S, 2, 5) end},
          {slice_inf, fun(S) -> string:slice(S, 3) end},
          {split, fun(S) -> string:split(S, " ") end},
          {split_all, fun(S) -> string:split(S, " ", all) end},
          {split_tr, fun(S) -> string:split(S, " ", trailing) end},
          {replace, fun(S) -> string:replace(S, "t", "T", all) end},
          {find, fun(S) -> string:find(S, "e") end},
          {find_tr, fun(S) -> string:find(S, "e", trailing) end},
          {take, fun(S) -> string:take(S, " ") end},
          {take_c, fun(S) -> string:take(S, "aeiou", true, trailing) end},
          {trim_tr, fun(S) -> string:trim(S, trailing, " \r\n") end},
          {prefix, fun(S) -> string:prefix(S, "  ") end},
          {equal, fun(S) -> string:equal(S, string:uppercase(S), true) end},
          {equal_norm, fun(S) -> string:equal(S, "e\x{301}te\x{301}", false, nfc) end},
          {cmp, fun(S) -> string:equal(S, S) end}],
    [d({N, I, catch F(I)}) || {N, F} <- F1, I <- Ins],
    d(string:to_integer("  42abc")), d(string:to_integer(<<"-7">>)), d(string:to_integer("x")),
    d(string:to_float("3.25e2rest")), d(string:to_float(<<"1.0">>)), d(string:to_float("1")),
    d(catch string:length(foo)),
    d(catch string:pad("x", -1)),
    d(catch string:slice("abc", -1)),
    d(catch string:split("abc", "", all)),
    d(catch string:lexemes(<<255>>, " ")),
    d(catch string:uppercase([a])),
    %% classic functions
    d({string:tokens("a,b,,c", ","), string:join(["a", "b"], "-"), string:str("hello", "ll"),
       string:rstr("hello", "l"), string:chr("abc", $b), string:substr("hello", 2, 3),
       string:sub_word("a b c", 2), string:words("a b  c"), string:strip("  x  "),
       string:left("ab", 5, $.), string:right("ab", 5), string:centre("ab", 6),
       string:copies("ab", 3), string:to_upper("mIx"), string:to_lower("MiX"),
       string:span("aabc", "a"), string:cspan("abc", "c"), string:concat("a", "b")}),
    ok.
