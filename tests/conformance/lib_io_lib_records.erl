-module(lib_io_lib_records).
-export([main/0]).

-record(person, {name, age = 0, friends = []}).
-record(node, {value, left = nil, right = nil}).

rec_fun(person, 3) -> record_info(fields, person);
rec_fun(node, 3) -> record_info(fields, node);
rec_fun(_, _) -> no.

pp(T) -> lists:flatten(io_lib_pretty:print(T, [{record_print_fun, fun rec_fun/2}])).
pp(T, Col, Len) -> lists:flatten(io_lib_pretty:print(T, [{column, Col}, {line_length, Len}, {record_print_fun, fun rec_fun/2}])).

tree(0) -> nil;
tree(N) -> #node{value = N, left = tree(N - 1), right = tree(N div 2)}.

main() ->
    P = #person{name = "Alice", age = 30, friends = [#person{name = "Bob"}]},
    erlang:display(pp(P)),
    erlang:display(pp(tree(4))),
    erlang:display(pp(tree(3), 10, 40)),
    erlang:display(pp({person, only_two})),
    erlang:display(lists:flatten(io_lib_pretty:print(P))),
    erlang:display(lists:flatten(io_lib_pretty:print([P, P], [{depth, 5}]))),
    erlang:display(lists:flatten(io_lib_pretty:print(lists:seq(1, 50), [{line_length, 30}]))),
    erlang:display(lists:flatten(io_lib_pretty:print(#{P => tree(1)}, [{record_print_fun, fun rec_fun/2}]))),
    ok.
