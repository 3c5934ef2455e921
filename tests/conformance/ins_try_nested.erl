-module(ins_try_nested).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(nested(throw)),
    d(nested(error)),
    d(nested(exit)),
    d(nested(none)),
    d(rethrow_outer(throw)),
    d(rethrow_outer(error)),
    d(rethrow_outer(exit)),
    d(after_order()),
    d(catch_in_after()),
    d(deep_nest(10)),
    d(raise_bad_class()),
    d(raise_stack()),
    d(try_in_catch()),
    ok.

nested(Class) ->
    try
        try
            case Class of
                throw -> throw(inner);
                error -> error(inner);
                exit -> exit(inner);
                none -> no_exception
            end
        catch
            throw:inner -> {inner_caught, throw}
        end
    catch
        C:R -> {outer_caught, C, R}
    end.

rethrow_outer(Class) ->
    try
        try
            erlang:raise(Class, {reason, Class}, [{fake, frame, 0, []}])
        catch
            Cl:Re:St -> erlang:raise(Cl, {rethrown, Re}, St)
        end
    catch
        C2:R2:St2 -> {C2, R2, St2}
    end.

after_order() ->
    try
        try
            erlang:display(body),
            throw(x)
        after
            erlang:display(inner_after)
        end
    catch
        throw:x -> erlang:display(outer_catch), caught
    after
        erlang:display(outer_after)
    end.

catch_in_after() ->
    try
        value
    after
        try throw(in_after) catch throw:in_after -> erlang:display(caught_in_after) end
    end.

deep_nest(0) -> throw(bottom);
deep_nest(N) ->
    try deep_nest(N - 1)
    catch throw:bottom when N =:= 5 -> {caught_at, N}
    end.

raise_bad_class() ->
    try erlang:raise(not_a_class, r, []) of
        V -> {raise_returned, V}
    catch
        C:R -> {caught, C, R}
    end.

raise_stack() ->
    try
        erlang:raise(error, with_stack, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}, {m, g, [a, b], []}])
    catch
        error:with_stack:S -> S
    end.

try_in_catch() ->
    try
        throw(first)
    catch
        throw:first ->
            try throw(second) catch throw:second -> {first, second} end
    end.
