-module(ins_records).
-export([main/0]).

-record(person, {name, age = 0, email = none}).
-record(point, {x = 0 :: integer(), y = 0 :: integer()}).
-record(node, {val, left = nil, right = nil}).

d(X) -> erlang:display(X).

main() ->
    P = #person{name = "Alice", age = 30},
    d(P),
    d(P#person.name),
    d(P#person.age),
    P2 = P#person{age = 31, email = "a@example.com"},
    d(P2),
    d(#person{}),
    d(#point{}),
    d(#point{x = 3}),
    d(record_info(fields, person)),
    d(record_info(size, person)),
    d(#person.age),
    d(is_record(P, person)),
    d(is_record(P, point)),
    d(greet(P)),
    d(greet(#person{name = "Bob", age = 5})),
    T = lists:foldl(fun insert/2, nil, [5, 3, 8, 1, 4, 7, 9, 2, 6]),
    d(to_list(T)),
    d(depth(T)),
    #point{x = X, y = Y} = #point{x = 10, y = 20},
    d(X + Y),
    Ps = [#point{x = I, y = I * I} || I <- lists:seq(1, 5)],
    d([Py || #point{y = Py} <- Ps]),
    d(lists:keyfind(3, #point.x, Ps)),
    d(catch_err(fun() -> (id(#point{}))#person.name end)),
    d(catch_err(fun() -> (id(not_a_record))#point{x = 1} end)),
    ok.

id(X) -> X.

greet(#person{name = N, age = A}) when A >= 18 -> {adult, N};
greet(#person{name = N}) -> {minor, N}.

insert(V, nil) -> #node{val = V};
insert(V, N = #node{val = NV, left = L}) when V < NV -> N#node{left = insert(V, L)};
insert(V, N = #node{right = R}) -> N#node{right = insert(V, R)}.

to_list(nil) -> [];
to_list(#node{val = V, left = L, right = R}) -> to_list(L) ++ [V] ++ to_list(R).

depth(nil) -> 0;
depth(#node{left = L, right = R}) -> 1 + max(depth(L), depth(R)).

catch_err(F) -> try F() catch C:R -> {C, R} end.
