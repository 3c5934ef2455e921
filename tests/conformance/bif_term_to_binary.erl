-module(bif_term_to_binary).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Terms = [1, -1, 300, 1 bsl 70, 1.5, atom, "str", [1, 2], {a, b}, [], {}],
    [d(term_to_binary(T)) || T <- Terms],
    [d(binary_to_term(term_to_binary(T)) =:= T) || T <- Terms],
    d(byte_size(term_to_binary(lists:seq(1, 1000)))),
    ok.
