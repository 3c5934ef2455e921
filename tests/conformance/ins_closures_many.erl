-module(ins_closures_many).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    {A, B, C, D, E, F, G, H} = {1, 2.5, atom, "str", {t}, [l], 1 bsl 80, -7},
    Big = fun(X) -> {X, A, B, C, D, E, F, G, H} end,
    d(Big(x)),
    Table = [{double, fun(X) -> X * 2 end}, {square, fun(X) -> X * X end},
             {negate, fun(X) -> -X end}, {ext, fun erlang:abs/1}],
    d([{Name, Fn(-6)} || {Name, Fn} <- Table]),
    Pipeline = lists:foldl(fun({_, Fn}, Acc) -> fun(X) -> Fn(Acc(X)) end end,
                           fun(X) -> X end, Table),
    d(Pipeline(3)),
    Memo = memo_fib(),
    d(Memo(50)),
    Acc = make_acc(),
    Acc2 = lists:foldl(fun(I, Ac) -> Ac({add, I}) end, Acc, lists:seq(1, 100)),
    d(Acc2(get)),
    Gen = counter_gen(5),
    d(take(Gen, 7)),
    Church = fun(N) -> fun(Fn) -> fun(X) -> apply_n(Fn, X, N) end end end,
    d(((Church(10))(fun(X) -> X + 3 end))(0)),
    d(lists:map(fun({K, V}) -> {V, K} end, [{a, 1}, {b, 2}])),
    ok.

memo_fib() ->
    fun(N) -> element(1, lists:foldl(fun(_, {X, Y}) -> {Y, X + Y} end, {0, 1}, lists:seq(1, N))) end.

make_acc() -> make_acc(0).
make_acc(S) ->
    fun({add, I}) -> make_acc(S + I);
       (get) -> S
    end.

counter_gen(N) -> fun() -> {N, counter_gen(N + 1)} end.

take(_, 0) -> [];
take(G, K) -> {V, G2} = G(), [V | take(G2, K - 1)].

apply_n(_, X, 0) -> X;
apply_n(F, X, N) -> apply_n(F, F(X), N - 1).
