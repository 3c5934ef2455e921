-module(ins_fun_ext).
-export([main/0, triple/1, pair/2]).

d(X) -> erlang:display(X).

main() ->
    F = fun ?MODULE:triple/1,
    d(F(3)),
    d(lists:map(fun ?MODULE:triple/1, [1, 2, 3])),
    d(lists:map(fun erlang:abs/1, [-1, 2, -3])),
    R = fun lists:reverse/1,
    d(R([1, 2, 3])),
    M = lists, Fn = seq,
    G = fun M:Fn/2,
    d(G(1, 5)),
    d(apply(fun ?MODULE:pair/2, [a, b])),
    d(apply(?MODULE, pair, [c, d])),
    d(apply(lists, max, [[3, 9, 2]])),
    d(erlang:apply(fun(X) -> X * X end, [12])),
    d(erlang:apply(erlang, tuple_size, [{1, 2, 3}])),
    d(catch_class(fun() -> apply(fun ?MODULE:pair/2, [only_one]) end)),
    d(catch_class(fun() -> erlang:apply(fun(X) -> X end, [1, 2]) end)),
    d(catch_class(fun() -> apply(?MODULE, pair, [1]) end)),
    d(catch_class(fun() -> apply(?MODULE, nonexistent, []) end)),
    d(catch_class(fun() -> apply(not_a_module_xyz, f, [1, 2]) end)),
    d(catch_class(fun() -> apply(fun triple/1, bad_args) end)),
    d(catch_class(fun() -> apply(42, [1]) end)),
    d(F =:= fun ?MODULE:triple/1),
    d(fun lists:sum/1 == fun lists:sum/1),
    d(erlang:fun_info(F, module)),
    d(erlang:fun_info(F, name)),
    d(erlang:fun_info(F, arity)),
    d(erlang:fun_info(F, type)),
    d(fun lists:sum/1),
    d(F),
    d(erlang:function_exported(?MODULE, triple, 1)),
    d(erlang:function_exported(?MODULE, triple, 2)),
    ok.

triple(X) -> 3 * X.
pair(A, B) -> {A, B}.

catch_class(F) ->
    try F() catch C:R -> {C, R} end.
