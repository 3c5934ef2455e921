-module(ins_closures_env).
-export([main/0]).

id(X) -> X.

make(A, B, C, D, E, F, G, H) -> fun(X) -> [X, A, B, C, D, E, F, G, H] end.

counter(N) -> {fun() -> N end, fun() -> counter(N + 1) end}.

curry(F, 0, Args) -> apply(F, lists:reverse(Args));
curry(F, N, Args) -> fun(X) -> curry(F, N - 1, [X | Args]) end.

main() ->
    F = make(id(1), 2.0, "three", {four}, [5], <<6>>, #{seven => 7}, fun() -> 8 end),
    [X, A, B, C, D, E, M, G, H] = F(x),
    erlang:display([X, A, B, C, D, E, M, G]),
    erlang:display(H()),
    {Get, Next} = counter(id(0)),
    {Get2, Next2} = Next(),
    {Get3, _} = Next2(),
    erlang:display([Get(), Get2(), Get3()]),
    Add3 = curry(fun(P, Q, R) -> P + Q * R end, 3, []),
    erlang:display(((Add3(1))(2))(3)),
    Nested = fun(P) -> fun(Q) -> fun(R) -> {P, Q, R} end end end,
    erlang:display(((Nested(a))(b))(c)),
    Fs = [fun(Y) -> Y + I end || I <- lists:seq(1, 50)],
    erlang:display(lists:foldl(fun(Fn, Acc) -> Fn(Acc) end, 0, Fs)),
    erlang:display(erlang:fun_info(F, arity)),
    {env, Env} = erlang:fun_info(F, env),
    erlang:display(length(Env)),
    Self = fun Loop(0, Acc) -> Acc; Loop(K, Acc) -> Loop(K - 1, [K | Acc]) end,
    erlang:display(Self(10, [])),
    erlang:display(F == make(1, 2.0, "three", {four}, [5], <<6>>, #{seven => 7}, fun() -> 8 end)),
    F2 = make(1, 2, 3, 4, 5, 6, 7, 8),
    F3 = make(1, 2, 3, 4, 5, 6, 7, 8),
    erlang:display({F2 == F3, F2 =:= F3, F2 < make(1, 2, 3, 4, 5, 6, 7, 9), erlang:phash2(F2) =:= erlang:phash2(F3)}),
    ok.
