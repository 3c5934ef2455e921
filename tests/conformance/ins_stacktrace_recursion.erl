-module(ins_stacktrace_recursion).
-export([main/0]).

%% erl records a return address that repeats the one before it only once,
%% so deep recursion through one call site shows up as a single frame.
id(X) -> X.

down(0) -> error(bottom);
down(N) -> 1 + down(N - 1).

alt(0, _) -> error(alt_bottom);
alt(N, a) -> 1 + alt(N - 1, b);
alt(N, b) -> 2 + alt(N - 1, a).

mutual_a(0) -> throw(done);
mutual_a(N) -> [a | mutual_b(N - 1)].
mutual_b(N) -> [b | mutual_a(N)].

frames(F) ->
    try F() catch _:_:S -> [{M, Fn, A, proplists:get_value(line, L)} || {M, Fn, A, L} <- S] end.

main() ->
    erlang:display(frames(fun() -> down(id(10)) end)),
    erlang:display(frames(fun() -> alt(id(6), a) end)),
    erlang:display(frames(fun() -> mutual_a(id(4)) end)),
    erlang:display(frames(fun() -> lists:map(fun(X) -> 1 / X end, [1, 2, 0, 3]) end)),
    erlang:display(frames(fun() -> lists:foldl(fun(X, A) -> X + A end, 0, [1, a]) end)),
    erlang:display(frames(fun() -> [id(1) + down(id(3)) || _ <- [1]] end)),
    ok.
