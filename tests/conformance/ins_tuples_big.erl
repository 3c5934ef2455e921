-module(ins_tuples_big).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    T = list_to_tuple(lists:seq(1, 1000)),
    d(tuple_size(T)),
    d(element(1000, T)),
    T2 = setelement(500, T, changed),
    d(element(500, T2)),
    d(element(500, T)),
    d(lists:sum(tuple_to_list(T))),
    d(update_all(T, 1, 0)),
    d({1, {2, {3, {4, {5, {}}}}}}),
    d(erlang:make_tuple(10, x)),
    d(erlang:make_tuple(5, 0, [{2, a}, {4, b}, {2, c}])),
    d(erlang:append_element({a, b}, c)),
    d(erlang:delete_element(2, {a, b, c})),
    d(erlang:insert_element(2, {a, c}, b)),
    d(size({1, 2, 3})),
    d(tuple_size({})),
    Big = erlang:make_tuple(100000, 0),
    d(tuple_size(Big)),
    d(element(100000, setelement(100000, Big, last))),
    ok.

update_all(T, I, Acc) when I > tuple_size(T) -> Acc;
update_all(T, I, Acc) -> update_all(T, I + 1, Acc + element(I, T) * I).
