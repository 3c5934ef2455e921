-module(bif_term_order).
-export([main/0]).

id(X) -> X.

main() ->
    Terms = [{1, 2}, [1], <<1>>, <<>>, <<0:1>>, 1, 1.0, -1, 1 bsl 70, -(1 bsl 70), 1.0e30, a, '',
             'Z', fun lists:map/2, fun erlang:abs/1, {}, {0}, {1, 1}, {a, b, c}, [], [a | b], "abc",
             "abd", [[]], #{}, #{a => 1}, #{a => 2}, #{b => 0}, #{1 => a}, #{1.0 => a},
             #{a => 1, b => 2}, 0.0, -0.0, 2, 2.0, 0.5, [1, 2], [1.0, 2], {1.0}, {1}],
    Sorted = lists:sort(id(Terms)),
    erlang:display(Sorted),
    erlang:display(lists:usort(id(Terms))),
    erlang:display(lists:sort(fun(A, B) -> A >= B end, id(Terms))),
    Pairs = [{A, B} || A <- [1, 1.0, 1 bsl 70, float(1 bsl 70), -0.0, 0.0, 0, a, "a", <<"a">>],
                       B <- [1, 1.0, 1 bsl 70, float(1 bsl 70), -0.0, 0.0, 0]],
    erlang:display([{A == B, A =:= B, A < B, A >= B} || {A, B} <- Pairs]),
    erlang:display([1 bsl 1024 > 1.0e308, (1 bsl 1024) - 1 > 1.7976931348623157e308,
                    9007199254740993 > 9007199254740992.0, 9007199254740993 == 9007199254740992.0,
                    -(1 bsl 1024) < -1.0e308]),
    erlang:display([#{1 => a} < #{1.0 => a}, #{1 => a} == #{1.0 => a}, #{a => 1} < #{a => 1.0},
                    #{a => 1} == #{a => 1.0}, {1} == {1.0}, [1] == [1.0], [1] =:= [1.0]]),
    erlang:display([max(id(1), id(1.0)), min(id(1), id(1.0)), max(id(1.0), id(1)), min(id(a), id(1))]),
    erlang:display(lists:sort([<<1:1>>, <<1:2>>, <<128>>, <<1:1, 0:7>>, <<255:7>>, <<127>>])),
    ok.
