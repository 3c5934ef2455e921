-module(ins_match_tuple).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(classify(T)) || T <- [{}, {a}, {a, b}, {point, 1, 2}, {point, 1.0, 2},
                             {rect, {point, 0, 0}, {point, 3, 4}}, {a, b, c, d, e},
                             {x, {y, {z, deep}}}, {same, 7, 7}, {same, 7, 8},
                             {list, [1, 2, 3]}, not_a_tuple, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}]],
    {A, {B, C}, [D | E]} = {1, {2, 3}, [4, 5, 6]},
    d([A, B, C, D, E]),
    T = {tag, value},
    {tag, V} = T,
    d(V),
    {_, _, Third} = {first, second, third},
    d(Third),
    X = {p, 1},
    d(case X of {p, N} when N > 0 -> positive; {p, _} -> other end),
    d(swap({left, right})),
    d(element(3, list_to_tuple(lists:seq(1, 300)))),
    Big = list_to_tuple(lists:seq(1, 300)),
    d(match_big(Big)),
    ok.

classify({}) -> empty;
classify({_}) -> one;
classify({point, X, Y}) when is_integer(X), is_integer(Y) -> {int_point, X + Y};
classify({point, X, Y}) -> {num_point, X, Y};
classify({rect, {point, X1, Y1}, {point, X2, Y2}}) -> {area, (X2 - X1) * (Y2 - Y1)};
classify({x, {y, {z, W}}}) -> {deep, W};
classify({same, V, V}) -> same;
classify({same, _, _}) -> different;
classify({list, [H | _]}) -> {head, H};
classify(T) when is_tuple(T), tuple_size(T) > 5 -> {big, tuple_size(T)};
classify({_, _}) -> pair;
classify(T) when is_tuple(T) -> {other_tuple, tuple_size(T)};
classify(_) -> not_tuple.

swap({A, B}) -> {B, A}.

match_big(T) when element(300, T) =:= 300 -> big_ok;
match_big(_) -> big_bad.
