-module(ins_maps_patterns).
-export([main/0]).

id(X) -> X.

classify(#{type := circle, r := R}) -> {circle, 3 * R * R};
classify(#{type := rect, w := W, h := H}) -> {rect, W * H};
classify(#{type := T}) -> {unknown_type, T};
classify(#{}) -> no_type;
classify(_) -> not_map.

keyed(#{{a, 1} := V}) -> {tuple_key, V};
keyed(#{[1, 2] := V}) -> {list_key, V};
keyed(#{<<"bin">> := V}) -> {bin_key, V};
keyed(#{1.0 := V}) -> {float_key, V};
keyed(#{1 := V}) -> {int_key, V};
keyed(_) -> none.

same(#{a := X, b := X}) -> {same, X};
same(_) -> differ.

upd(M) -> M#{count => maps:get(count, M, 0) + 1}.

main() ->
    erlang:display([classify(id(X)) || X <- [#{type => circle, r => 2}, #{type => rect, w => 2, h => 5},
                                             #{type => tri}, #{x => 1}, []]]),
    erlang:display([keyed(id(X)) || X <- [#{{a, 1} => t}, #{[1, 2] => l}, #{<<"bin">> => b},
                                          #{1.0 => f}, #{1 => i}, #{2 => no}]]),
    erlang:display([same(id(X)) || X <- [#{a => 1, b => 1}, #{a => 1, b => 1.0}, #{a => 1}]]),
    erlang:display(lists:foldl(fun(_, M) -> upd(M) end, #{}, lists:seq(1, 5))),
    Lit = #{a => 1, b => 2},
    erlang:display(Lit#{a := 10}),
    erlang:display((id(Lit))#{c => 3, a := 0}),
    Nested = #{l1 => #{l2 => #{l3 => deep}}},
    #{l1 := #{l2 := #{l3 := D}}} = id(Nested),
    erlang:display(D),
    erlang:display(case id(#{k => v}) of #{k := v} = Whole -> Whole; _ -> no end),
    F = fun(#{x := X}) when X > 0 -> pos; (#{x := _}) -> nonpos end,
    erlang:display([F(id(#{x => 1})), F(id(#{x => -1}))]),
    erlang:display(catch F(id(#{y => 1}))),
    ok.
