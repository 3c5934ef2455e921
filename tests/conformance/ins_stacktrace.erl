-module(ins_stacktrace).
-export([main/0, ext_crash/1]).

d(X) -> erlang:display(X).

main() ->
    d(trace(fun() -> crash_local(1) end)),
    d(trace(fun() -> body_rec(3) end)),
    d(trace(fun() -> tail_rec(3) end)),
    d(trace(fun() -> ?MODULE:ext_crash(x) end)),
    d(trace(fun() -> lists:map(fun(X) -> 1 / X end, [1, 0]) end)),
    d(trace(fun() -> element(5, {a}) end)),
    d(trace(fun() -> throw(t) end)),
    d(trace(fun() -> exit(e) end)),
    d(trace(fun() -> erlang:error(with_args, [1, 2]) end)),
    d(trace(fun() -> no_such_module:f(1) end)),
    d(trace(fun() -> lists:no_such_function(1) end)),
    d(trace(fun() -> fc(b) end)),
    d(hd(trace_full(fun() -> crash_local(2) end))),
    d(catch_trace()),
    Deep = trace_full(fun() -> deep_rec(20, id(true)) end),
    d(length(Deep)),
    d(lists:last(Deep)),
    ok.

trace(F) ->
    try F() of
        V -> {no_exception, V}
    catch
        C:R:S -> {C, R, S}
    end.

trace_full(F) ->
    try F() catch _:_:S -> S end.

crash_local(N) ->
    X = N + 1,
    X = N,
    ok.

body_rec(0) -> error(bottom);
body_rec(N) -> [N | body_rec(N - 1)].

tail_rec(0) -> error(bottom);
tail_rec(N) -> tail_rec(N - 1).

ext_crash(X) -> X + 1.

id(X) -> X.

%% Fail is only known at run time, so the compiler keeps the recursion a
%% body call and the trace is cut at the backtrace depth (8 frames).
deep_rec(0, true) -> erlang:error(bottom);
deep_rec(0, false) -> [];
deep_rec(N, Fail) -> [N | deep_rec(N - 1, Fail)].

fc(a) -> a.

catch_trace() ->
    {'EXIT', {Reason, Stack}} = (catch crash_local(5)),
    {Reason, length(Stack), hd(Stack)}.
