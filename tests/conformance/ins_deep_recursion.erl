-module(ins_deep_recursion).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(sum_body(100000)),
    d(length(build(100000))),
    d(depth(100000)),
    d(sum_body(1000000)),
    L = build(1000000),
    d(length(L)),
    d(lists:last(L)),
    d(my_map(fun(X) -> X * 2 end, lists:seq(1, 5))),
    d(lists:sum(my_map(fun(X) -> X + 1 end, L))),
    d(nested_tuple_depth(nest(100000), 0)),
    d(append_all(lists:seq(1, 100000))),
    ok.

sum_body(0) -> 0;
sum_body(N) -> N + sum_body(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].

depth(0) -> {bottom};
depth(N) ->
    {bottom} = depth(N - 1),
    {bottom}.

my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].

nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

nested_tuple_depth(leaf, D) -> D;
nested_tuple_depth({node, T}, D) -> nested_tuple_depth(T, D + 1).

append_all([]) -> 0;
append_all([H | T]) -> H rem 7 + append_all(T).
