-module(ins_errors).
-export([main/0, two/2]).

d(X) -> erlang:display(X).

main() ->
    d(reason(fun() -> fc(3) end)),
    d(reason(fun() -> {a, _} = id({b, c}) end)),
    d(reason(fun() -> case id(7) of 1 -> one end end)),
    d(reason(fun() -> X = id(7), if X > 10 -> big end end)),
    d(reason(fun() -> id(1) + id(a) end)),
    d(reason(fun() -> id(1) div id(0) end)),
    d(reason(fun() -> id(1) rem id(0) end)),
    d(reason(fun() -> id(1.0) / id(0) end)),
    d(reason(fun() -> -id(foo) end)),
    d(reason(fun() -> atom_to_list(id(42)) end)),
    d(reason(fun() -> M = id(no_mod_xyz), M:f() end)),
    d(reason(fun() -> ?MODULE:no_such_fun(1) end)),
    d(reason(fun() -> (id(not_a_fun))(1) end)),
    d(reason(fun() -> (id(fun(X) -> X end))(1, 2) end)),
    d(reason(fun() -> (id(fun ?MODULE:two/2))(1) end)),
    d(reason(fun() -> try id(x) of y -> y catch _ -> no end end)),
    d(reason(fun() -> hd(id([])) end)),
    d(reason(fun() -> tl(id(a)) end)),
    d(reason(fun() -> length(id([1 | 2])) end)),
    d(reason(fun() -> id(1) bsl id(a) end)),
    d(reason(fun() -> 1.0e308 * id(10) end)),
    d(reason(fun() -> error({my, error}) end)),
    d(reason(fun() -> apply(lists, reverse, [1, 2, 3]) end)),
    d(reason(fun() -> lists:nth(0, [1]) end)),
    d(reason(fun() -> [X || {X} <- id(not_a_list)] end)),
    ok.

reason(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.

id(X) -> X.

fc(1) -> one;
fc(2) -> two.

two(A, B) -> {A, B}.
