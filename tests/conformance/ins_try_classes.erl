-module(ins_try_classes).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(classify(fun() -> throw(thrown) end)),
    d(classify(fun() -> error(failed) end)),
    d(classify(fun() -> exit(exited) end)),
    d(classify(fun() -> erlang:error({complex, [1, 2]}, [arg]) end)),
    d(classify(fun() -> 1 + list_to_atom("a") end)),
    d(classify(fun() -> normal_value end)),
    d(classify(fun() -> throw({nested, {deep, [1, 2, 3]}}) end)),
    d(classify(fun() -> exit(normal) end)),
    d(with_after(fun() -> ok end)),
    d(catch with_after(fun() -> throw(t) end)),
    d(try_of(1)),
    d(catch try_of(2)),
    d(catch try_of(3)),
    d(only_throw(fun() -> throw(x) end)),
    d(catch only_throw(fun() -> error(y) end)),
    d(default_class(fun() -> throw(z) end)),
    d(catch default_class(fun() -> exit(w) end)),
    d(after_value()),
    ok.

classify(F) ->
    try F() of
        V -> {value, V}
    catch
        throw:T -> {caught_throw, T};
        error:E -> {caught_error, E};
        exit:X -> {caught_exit, X}
    end.

with_after(F) ->
    try
        F()
    after
        erlang:display(after_ran)
    end.

try_of(N) ->
    try N of
        1 -> one;
        2 -> throw(two_in_of)
    catch
        throw:two_in_of -> not_caught_here
    end.

only_throw(F) ->
    try F() catch throw:V -> {thrown, V} end.

default_class(F) ->
    try F() catch V -> {default_is_throw, V} end.

after_value() ->
    try 1 + 1 after erlang:display(after_does_not_change_value), 99 end.
