-module(ins_records2).
-export([main/0]).

-record(point, {x = 0, y = 0, z}).
-record(person, {name :: string(), age = 0 :: integer(), tags = [] :: list()}).
-record(empty, {}).

id(X) -> X.

is_adult(#person{age = A}) when A >= 18 -> true;
is_adult(#person{}) -> false.

move(P = #point{x = X}, D) -> P#point{x = X + D}.

main() ->
    P = #point{x = 1, y = 2},
    erlang:display(P),
    erlang:display(P#point.x + P#point.y),
    erlang:display(P#point.z),
    erlang:display(move(P, 10)),
    erlang:display(#point{}),
    erlang:display(#empty{}),
    Bob = #person{name = "Bob", age = 30},
    erlang:display([is_adult(id(X)) || X <- [Bob, #person{name = "kid", age = 3}]]),
    erlang:display(Bob#person{tags = [a, b], age = 31}),
    erlang:display(record_info(fields, person)),
    erlang:display(record_info(size, point)),
    erlang:display(#point.y),
    erlang:display(is_record(id(P), point)),
    erlang:display(is_record(id(P), person)),
    erlang:display(is_record(id({point, 1}), point)),
    erlang:display(catch (id(Bob))#point.x),
    erlang:display(catch (id(not_a_record))#person{age = 1}),
    erlang:display(catch (id({point, 1, 2}))#point{x = 3}),
    erlang:display(catch is_adult(id(#point{}))),
    Ps = [#point{x = I, y = -I} || I <- lists:seq(1, 4)],
    erlang:display(lists:keysort(#point.y, Ps)),
    erlang:display([X || #point{x = X} <- Ps, X rem 2 =:= 0]),
    erlang:display(element(1, Bob)),
    erlang:display(setelement(#person.age, Bob, 99)),
    ok.
