-module(ins_maps_ops).
-export([main/0]).

id(X) -> X.

get2(#{a := A, b := B}) -> {A, B};
get2(#{a := A}) -> {only_a, A};
get2(#{}) -> empty_or_other;
get2(_) -> not_a_map.

has(M) when is_map_key(x, M), is_map_key(y, M) -> both;
has(M) when is_map_key(x, M) -> x;
has(_) -> none.

nested(#{inner := #{value := V}}) -> V;
nested(_) -> no.

update(M, K, V) -> M#{K => V}.
exact(M, V) -> M#{a := V}.

main() ->
    M = id(#{a => 1, b => 2, c => 3}),
    erlang:display([get2(id(X)) || X <- [M, #{a => 9}, #{}, #{b => 1}, [], 1]]),
    erlang:display([has(id(X)) || X <- [#{x => 1, y => 2}, #{x => 1}, #{y => 1}, #{}]]),
    erlang:display(nested(id(#{inner => #{value => 42}}))),
    erlang:display(nested(id(#{inner => 1}))),
    erlang:display(update(M, d, 4)),
    erlang:display(update(M, a, new)),
    erlang:display(exact(M, changed)),
    erlang:display(catch exact(id(#{b => 1}), x)),
    erlang:display(catch exact(id(notmap), x)),
    erlang:display(catch update(id([]), a, 1)),
    erlang:display(catch maps:get(zz, M)),
    erlang:display(catch maps:get(a, id(notmap))),
    erlang:display(maps:get(zz, M, default)),
    erlang:display(maps:find(a, M)),
    erlang:display(maps:find(zz, M)),
    erlang:display(maps:is_key(b, M)),
    erlang:display(maps:remove(b, M)),
    erlang:display(maps:take(a, M)),
    erlang:display(maps:take(q, M)),
    erlang:display(maps:merge(M, #{c => 30, e => 5})),
    erlang:display(maps:update_with(a, fun(V) -> V * 100 end, M)),
    erlang:display(maps:update_with(q, fun(V) -> V end, 0, M)),
    erlang:display(maps:filter(fun(_, V) -> V > 1 end, M)),
    erlang:display(maps:map(fun(K, V) -> {K, V} end, M)),
    erlang:display(maps:with([a, c, zz], M)),
    erlang:display(maps:without([a, zz], M)),
    erlang:display(maps:from_keys([x, y], 0)),
    erlang:display(maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10))),
    erlang:display(maps:iterator(M) =/= none),
    erlang:display(maps:next(maps:iterator(#{k => v}))),
    erlang:display(maps:merge_with(fun(_K, A, B) -> A + B end, M, #{a => 10, z => 1})),
    erlang:display(maps:intersect(M, #{a => x, q => y})),
    erlang:display(#{1 => a, 1.0 => b}),
    erlang:display(map_size(#{1 => a, 1.0 => b})),
    erlang:display(#{{a, [1]} => 1, <<"k">> => 2, [] => 3, 3.5 => 4, -1 => 5, z => 6}),
    K = id(key),
    #{K := Found} = id(#{key => found}),
    erlang:display(Found),
    erlang:display(catch (fun() -> #{K := _} = id(#{}) end)()),
    ok.
