-module(bif_phash).
-export([main/0]).

-record(r, {a, b}).

id(X) -> X.

main() ->
    Terms = [0, 1, -1, 255, 256, 1 bsl 27, 1 bsl 59, 1 bsl 60, -(1 bsl 60), 1 bsl 64, 1 bsl 200,
             -(1 bsl 200), 0.0, -0.0, 1.0, 3.14, -1.0e300, atom, '', 'ÿ', [], [a], [a | b], "string",
             lists:seq(1, 100), {}, {a}, {a, b, c}, <<>>, <<1>>, <<1, 2, 3>>, <<1:3>>,
             <<0:1000>>, #{}, #{a => 1}, #{1 => 2, 3 => 4}, #r{a = 1},
             fun lists:map/2, fun erlang:display/1,
             [{nested, [deep, {tuple, <<"bin">>}]}], maps:from_list([{I, I} || I <- lists:seq(1, 40)])],
    erlang:display([erlang:phash2(id(T)) || T <- Terms]),
    erlang:display([erlang:phash2(id(T), 1000) || T <- Terms]),
    erlang:display([erlang:phash2(id(T), 1 bsl 32) || T <- [a, 1, <<"x">>]]),
    erlang:display([erlang:phash(id(T), 1 bsl 27) || T <- [a, 1, <<"x">>, {1, 2}, [1]]]),
    erlang:display(catch erlang:phash2(a, 0)),
    erlang:display(catch erlang:phash2(a, 1 bsl 32 + 1)),
    erlang:display(catch erlang:phash2(a, -1)),
    ok.
