-module(lib_string_classic).
-export([main/0]).

main() ->
    erlang:display(string:to_upper("mixed Case 123")),
    erlang:display(string:to_lower("MIXED Case")),
    erlang:display(string:tokens("a,b,,c", ",")),
    erlang:display(string:join(["a", "b", "c"], "-")),
    erlang:display(string:substr("abcdef", 2, 3)),
    erlang:display(string:sub_string("abcdef", 3)),
    erlang:display(string:str("hello world", "o w")),
    erlang:display(string:rstr("hello hello", "llo")),
    erlang:display(string:chr("abc", $b)),
    erlang:display(string:rchr("abcb", $b)),
    erlang:display(string:left("ab", 5, $.)),
    erlang:display(string:right("ab", 5, $.)),
    erlang:display(string:centre("ab", 6)),
    erlang:display(string:copies("ab", 3)),
    erlang:display(string:words("the quick  brown fox")),
    erlang:display(string:sub_word("the quick brown", 2)),
    erlang:display(string:strip("...x...", both, $.)),
    erlang:display(string:span("123abc", "0123456789")),
    erlang:display(string:cspan("abc123", "0123456789")),
    erlang:display(string:len("hello")),
    erlang:display(string:chomp("line\n")),
    erlang:display(string:concat("ab", "cd")),
    ok.
