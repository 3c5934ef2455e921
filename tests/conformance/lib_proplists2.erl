-module(lib_proplists2).
-export([main/0]).

main() ->
    P = [{a, 1}, b, {c, 3}, {a, 2}, {d, [x]}, {e, true}, f, {g, false}],
    erlang:display([proplists:get_value(K, P) || K <- [a, b, c, d, z]]),
    erlang:display(proplists:get_value(z, P, default)),
    erlang:display(proplists:get_all_values(a, P)),
    erlang:display([proplists:get_bool(K, P) || K <- [b, e, g, z]]),
    erlang:display(proplists:lookup(c, P)),
    erlang:display(proplists:lookup(b, P)),
    erlang:display(proplists:lookup(z, P)),
    erlang:display(proplists:lookup_all(a, P)),
    erlang:display(proplists:is_defined(f, P)),
    erlang:display(proplists:delete(a, P)),
    erlang:display(proplists:get_keys(P)),
    erlang:display(proplists:append_values(d, [{d, [1]}, {d, 2}, d])),
    erlang:display(proplists:compact([{a, true}, {b, false}, c])),
    erlang:display(proplists:unfold([a, {b, 1}])),
    erlang:display(proplists:property(a, true)),
    erlang:display(proplists:property({x, y})),
    erlang:display(proplists:expand([{foo, [bar, baz]}], [fie, foo, fum])),
    erlang:display(proplists:normalize([a, {b, 1}, no_c], [{negations, [{no_c, c}]}])),
    erlang:display(proplists:substitute_aliases([{color, colour}], [color, {color, red}])),
    erlang:display(proplists:substitute_negations([{no_foo, foo}], [no_foo, {no_foo, false}])),
    erlang:display(proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])),
    erlang:display(proplists:to_map([a, {b, 1}, {c, 2}, {c, 3}])),
    erlang:display(proplists:from_map(#{k => v})),
    ok.
