-module(ins_raise).
-export([main/0]).

id(X) -> X.

rethrow(C, R, S) -> erlang:raise(C, R, S).

catch_all(F) ->
    try F() of
        V -> {value, V}
    catch
        C:R:S -> {C, R, length(S) > 0}
    end.

stack_of(F) ->
    try F() catch _:_:S -> [{M, Fn, A} || {M, Fn, A, _} <- S, M =/= erlang] end.

deep(0) -> error(deep_bottom);
deep(N) -> [deep(N - 1)].

main() ->
    Trace = [{mod, fn, 1, [{file, "x.erl"}, {line, 3}]}],
    erlang:display(catch_all(fun() -> rethrow(throw, t, Trace) end)),
    erlang:display(catch_all(fun() -> rethrow(error, e, Trace) end)),
    erlang:display(catch_all(fun() -> rethrow(exit, x, Trace) end)),
    erlang:display(try rethrow(error, e, Trace) catch error:e:S -> S end),
    erlang:display(try rethrow(error, e, [{m, f, [a, b], []}]) catch error:e:S2 -> S2 end),
    erlang:display(catch erlang:raise(bad_class, r, [])),
    erlang:display(catch erlang:raise(error, r, not_a_trace)),
    erlang:display(catch erlang:raise(error, r, [bad_entry])),
    erlang:display(catch_all(fun() -> erlang:raise(error, r, [{m, f, 1, [{line, 1}]} | improper]) end)),
    erlang:display(stack_of(fun() -> deep(3) end)),
    erlang:display(try deep(2) catch error:R:S3 -> {R, [{M, F, A} || {M, F, A, _} <- S3]} end),
    erlang:display(try throw(x) catch throw:x:S4 -> S4 end =:= []),
    erlang:display(catch_all(fun() -> exit(normal) end)),
    erlang:display(catch exit(normal)),
    erlang:display(catch throw({a, b})),
    erlang:display(catch error(plain)),
    erlang:display(catch error(with_args, [1, 2])),
    erlang:display(catch error(with_opts, [1], [{error_info, #{module => m}}])),
    erlang:display(catch error(with_none, none)),
    Ref = try id(error(z)) catch error:z:St -> St end,
    erlang:display(Ref),
    erlang:display(try erlang:raise(throw, thrown, Ref) catch throw:thrown:St2 -> St2 =:= Ref end),
    ok.
