-module(bif_iolist).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(iolist_size([1, 2, [3, [4]], "abc"])),
    d(iolist_size([])),
    d(iolist_to_binary(["ab", [$c, "d"], <<"ef">>])),
    d(list_to_binary("xyz")),
    d(binary_to_list(<<"xyz">>)),
    d(erlang:iolist_size([<<1, 2>>, [<<3>> | <<4, 5>>]])),
    d(catch_err(fun() -> iolist_size([256]) end)),
    d(catch_err(fun() -> iolist_size(a) end)),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
