-module(lib_proplists).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    P = [{a, 1}, b, {c, 3}, {a, 2}, {d, [x]}],
    d(proplists:get_value(a, P)),
    d(proplists:get_value(b, P)),
    d(proplists:get_value(z, P)),
    d(proplists:get_value(z, P, default)),
    d(proplists:get_all_values(a, P)),
    d(proplists:get_bool(b, P)),
    d(proplists:get_bool(c, P)),
    d(proplists:lookup(c, P)),
    d(proplists:lookup_all(a, P)),
    d(proplists:is_defined(d, P)),
    d(proplists:delete(a, P)),
    d(proplists:get_keys(P)),
    d(proplists:compact([{a, true}, b, {c, false}])),
    d(proplists:unfold([a, {b, 1}])),
    d(proplists:substitute_aliases([{colour, color}], [{colour, red}, size])),
    d(proplists:expand([{foo, [bar, baz]}], [fie, foo, fum])),
    d(proplists:split([{a, 1}, {b, 2}, {a, 3}, c], [a, c])),
    d(proplists:normalize([a, {b, true}], [{negations, [{no_a, a}]}])),
    ok.
