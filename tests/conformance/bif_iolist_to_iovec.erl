-module(bif_iolist_to_iovec).
-export([main/0]).

%% erlang:iolist_to_iovec/1: the shape of the result (which binaries are
%% merged, passed on or split) and badarg.

t(F) -> try F() catch C:R -> {C, R} end.

sizes(L) -> [byte_size(B) || B <- L].

main() ->
    Big = binary:copy(<<"x">>, 1000),
    Mid = binary:copy(<<"y">>, 300),
    erlang:display([erlang:iolist_to_iovec([]), erlang:iolist_to_iovec(<<>>), erlang:iolist_to_iovec([[], <<>>]),
                    erlang:iolist_to_iovec(<<"abc">>), erlang:iolist_to_iovec("abc"),
                    erlang:iolist_to_iovec([$a, <<"b">>, [$c | <<"d">>]])]),
    erlang:display(sizes(erlang:iolist_to_iovec([Big]))),
    erlang:display(sizes(erlang:iolist_to_iovec([<<"ab">>, Big, "cd", Big, Mid]))),
    erlang:display(sizes(erlang:iolist_to_iovec([binary:copy(<<"z">>, 200), Mid, Big]))),
    erlang:display(sizes(erlang:iolist_to_iovec([binary:copy(<<"z">>, 100), Mid, Mid]))),
    erlang:display(sizes(erlang:iolist_to_iovec(lists:duplicate(100, binary:copy(<<"q">>, 200))))),
    erlang:display(sizes(erlang:iolist_to_iovec(lists:duplicate(20000, $a)))),
    erlang:display(sizes(erlang:iolist_to_iovec([Mid, Mid | Big]))),
    Sub = binary:part(Big, 1, 500),
    <<_:3, Odd:400/binary, _/bitstring>> = Big,
    erlang:display([sizes(erlang:iolist_to_iovec([Sub, "a", Odd])),
                    iolist_to_binary(erlang:iolist_to_iovec([Sub, "a", Odd])) =:= iolist_to_binary([Sub, "a", Odd])]),
    erlang:display([t(fun() -> erlang:iolist_to_iovec(a) end), t(fun() -> erlang:iolist_to_iovec([256]) end),
                    t(fun() -> erlang:iolist_to_iovec([-1]) end), t(fun() -> erlang:iolist_to_iovec(<<1:7>>) end),
                    t(fun() -> erlang:iolist_to_iovec([<<1:7>>]) end), t(fun() -> erlang:iolist_to_iovec([a]) end),
                    t(fun() -> erlang:iolist_to_iovec([1 | 2]) end), t(fun() -> erlang:iolist_to_iovec(1) end)]),
    ok.
