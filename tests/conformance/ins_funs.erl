-module(ins_funs).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Add = fun(A, B) -> A + B end,
    d(Add(2, 3)),
    N = 10,
    AddN = fun(X) -> X + N end,
    d(AddN(5)),
    d(lists:map(AddN, [1, 2, 3])),
    Adder = fun(K) -> fun(X) -> X + K end end,
    Add7 = Adder(7),
    d(Add7(1)),
    d((Adder(100))(1)),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    d((Compose(Inc, Dbl))(5)),
    d((Compose(Dbl, Inc))(5)),
    Fact = fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end,
    d(Fact(20)),
    Counter = make_counter(0),
    {V1, C1} = Counter(),
    {V2, C2} = C1(),
    {V3, _} = C2(),
    d([V1, V2, V3]),
    Multi = fun(a) -> is_a; (b) -> is_b; (_) -> other end,
    d([Multi(a), Multi(b), Multi(c)]),
    Guarded = fun(X) when X > 0 -> pos; (X) when X < 0 -> neg; (_) -> zero end,
    d([Guarded(X) || X <- [-1, 0, 1]]),
    Captured = {tuple, [list], 1.5, 1 bsl 70},
    Cap = fun() -> Captured end,
    d(Cap()),
    Fs = [fun(X) -> X + I end || I <- lists:seq(1, 5)],
    d([F(100) || F <- Fs]),
    d(curry(fun(A, B, C) -> A * 100 + B * 10 + C end, 1, 2, 3)),
    d(lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [Inc, Dbl, Inc, Dbl])),
    d(erlang:fun_info(Add, arity)),
    d(is_function(Add, 2)),
    d(y_fib(15)),
    Deep = nest_closures(5),
    d(Deep(0)),
    ok.

make_counter(N) -> fun() -> {N, make_counter(N + 1)} end.

curry(F, A, B, C) -> (((fun(X) -> fun(Y) -> fun(Z) -> F(X, Y, Z) end end end)(A))(B))(C).

y_fib(N) ->
    Fib = fun(_, 0) -> 0; (_, 1) -> 1; (Self, K) -> Self(Self, K - 1) + Self(Self, K - 2) end,
    Fib(Fib, N).

nest_closures(0) -> fun(X) -> [X] end;
nest_closures(N) ->
    Inner = nest_closures(N - 1),
    fun(X) -> [N | Inner(X)] end.
