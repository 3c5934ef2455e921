-module(bif_tuple_ops).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    T = id({a, b, c}),
    erlang:display([element(1, T), element(3, T), tuple_size(T), size(T)]),
    erlang:display(setelement(2, T, x)),
    erlang:display(erlang:append_element(T, d)),
    erlang:display(erlang:insert_element(1, T, first)),
    erlang:display(erlang:insert_element(4, T, last)),
    erlang:display(erlang:delete_element(2, T)),
    erlang:display(erlang:make_tuple(3, z)),
    erlang:display(erlang:make_tuple(5, 0, [{2, two}, {4, four}, {2, again}])),
    erlang:display(erlang:make_tuple(0, x)),
    erlang:display(list_to_tuple(lists:seq(1, 20))),
    erlang:display(tuple_to_list(erlang:make_tuple(3, []))),
    erlang:display([t(fun() -> element(id(0), T) end), t(fun() -> element(id(4), T) end),
                    t(fun() -> setelement(id(4), T, x) end), t(fun() -> erlang:insert_element(id(5), T, x) end),
                    t(fun() -> erlang:delete_element(id(4), T) end), t(fun() -> erlang:make_tuple(id(-1), x) end),
                    t(fun() -> erlang:make_tuple(2, x, [{3, y}]) end), t(fun() -> tuple_size(id([])) end),
                    t(fun() -> erlang:append_element(id([]), x) end), t(fun() -> element(id(a), T) end)]),
    Big = erlang:make_tuple(100000, e),
    erlang:display({tuple_size(Big), element(77777, setelement(77777, Big, changed))}),
    erlang:display(erlang:delete_element(1, {only})),
    ok.
