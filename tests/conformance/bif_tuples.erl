-module(bif_tuples).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    T = {a, b, c, d},
    d(element(1, T)),
    d(element(4, T)),
    d(setelement(2, T, x)),
    d(setelement(4, T, {nested})),
    d(tuple_to_list(T)),
    d(list_to_tuple([1, 2, 3])),
    d(list_to_tuple([])),
    d(tuple_to_list({})),
    d(tuple_size(T)),
    d(erlang:make_tuple(3, [])),
    d(erlang:make_tuple(0, x)),
    d(erlang:make_tuple(4, def, [{1, one}, {4, four}])),
    d(erlang:append_element({}, first)),
    d(erlang:append_element(T, e)),
    d(erlang:delete_element(1, T)),
    d(erlang:insert_element(5, T, e)),
    d(erlang:insert_element(1, {}, only)),
    [d(catch_err(F)) || F <- [fun() -> element(0, T) end,
                              fun() -> element(5, T) end,
                              fun() -> element(a, T) end,
                              fun() -> element(1, [a]) end,
                              fun() -> setelement(5, T, x) end,
                              fun() -> erlang:make_tuple(-1, x) end,
                              fun() -> list_to_tuple([a | b]) end,
                              fun() -> tuple_to_list(not_tuple) end,
                              fun() -> erlang:delete_element(5, T) end,
                              fun() -> erlang:insert_element(6, T, x) end,
                              fun() -> tuple_size([]) end]],
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
