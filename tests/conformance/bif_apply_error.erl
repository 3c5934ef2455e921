-module(bif_apply_error).
-export([main/0, f/1]).

d(X) -> erlang:display(X).

main() ->
    d(apply(fun(X, Y) -> X - Y end, [10, 3])),
    d(apply(?MODULE, f, [5])),
    d(erlang:apply(lists, append, [[1], [2]])),
    d(catch_full(fun() -> erlang:error(reason1) end)),
    d(catch_full(fun() -> erlang:error(reason2, [a, b]) end)),
    d(catch_full(fun() -> erlang:error(reason3, none) end)),
    d(catch_full(fun() -> erlang:error(reason4, [x], [{error_info, #{module => m}}]) end)),
    d(catch_full(fun() -> erlang:throw(thrown) end)),
    d(catch_full(fun() -> erlang:exit(exited) end)),
    d(catch_full(fun() -> erlang:raise(throw, raised, []) end)),
    d(catch_full(fun() -> erlang:raise(error, raised, bad_stack) end)),
    d(catch_full(fun() -> apply(?MODULE, f, [1, 2]) end)),
    d(catch_full(fun() -> apply(?MODULE, "f", [1]) end)),
    d(catch_full(fun() -> apply(fun(X) -> X end, [a | b]) end)),
    ok.

f(X) -> X * 10.

catch_full(F) ->
    try F() catch C:R:S -> {C, R, S} end.
