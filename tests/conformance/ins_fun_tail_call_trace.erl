%% A fun called in tail position (call_fun followed by deallocate/return) is
%% a tail call: the calling function's frame is gone from stack traces.
-module(ins_fun_tail_call_trace).
-export([main/0]).

main() ->
    F = fun(X) -> crash(X) end,
    erlang:display(catch_trace(fun() -> via_case(a, F) end)),
    erlang:display(catch_trace(fun() -> via_tail(F) end)),
    erlang:display(catch_trace(fun() -> not_tail(F) end)),
    erlang:display(catch_trace(fun() -> via_export(fun ?MODULE:crash/1) end)),
    erlang:display(catch_trace(fun() -> nested(F, 3) end)).

catch_trace(G) ->
    try G() catch error:R:St -> {R, [{M, Fn, A} || {M, Fn, A, _} <- St]} end.

via_case(K, F) ->
    case K of
        a -> F(1);
        b -> ok
    end.

via_tail(F) -> F(2).

not_tail(F) ->
    R = F(3),
    {R}.

via_export(F) -> F(4).

nested(F, 0) -> F(5);
nested(F, N) -> {nested(F, N - 1)}.

crash(X) -> erlang:error({boom, X}).
