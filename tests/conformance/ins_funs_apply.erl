-module(ins_funs_apply).
-export([main/0, pub/1, pub/2]).

id(X) -> X.
pub(X) -> {pub, X}.
pub(X, Y) -> {pub, X, Y}.

adder(N) -> fun(X) -> X + N end.
compose(F, G) -> fun(X) -> F(G(X)) end.

main() ->
    F1 = fun pub/1,
    F2 = fun ?MODULE:pub/2,
    F3 = fun lists:reverse/1,
    erlang:display([F1(1), F2(1, 2), F3([1, 2, 3])]),
    erlang:display(apply(F1, [x])),
    erlang:display(apply(?MODULE, pub, [y])),
    erlang:display(apply(id(?MODULE), id(pub), id([a, b]))),
    erlang:display(erlang:apply(lists, seq, [1, 5])),
    A5 = adder(5),
    erlang:display(A5(10)),
    erlang:display((compose(adder(1), adder(10)))(100)),
    erlang:display(lists:map(adder(2), [1, 2, 3])),
    M = erlang:make_fun(lists, sum, 1),
    erlang:display(M([1, 2, 3])),
    erlang:display(M =:= fun lists:sum/1),
    erlang:display(catch erlang:make_fun(lists, sum, -1)),
    erlang:display(catch erlang:make_fun("lists", sum, 1)),
    erlang:display(erlang:fun_info(F2, module)),
    erlang:display(erlang:fun_info(F2, name)),
    erlang:display(erlang:fun_info(F2, arity)),
    erlang:display(erlang:fun_info(F2, type)),
    erlang:display(erlang:fun_info(F2, env)),
    erlang:display(erlang:fun_info(A5, arity)),
    erlang:display(erlang:fun_info(A5, type)),
    erlang:display(erlang:fun_info(A5, module)),
    erlang:display(erlang:fun_info(A5, env)),
    erlang:display(erlang:fun_info(A5, name)),
    erlang:display(erlang:fun_info(F2)),
    erlang:display(catch erlang:fun_info(A5, bogus)),
    erlang:display(catch erlang:fun_info(notfun, arity)),
    erlang:display([erlang:fun_to_list(F) || F <- [F2, A5, fun 'a b':'C'/0, fun lists:map/2]]),
    erlang:display(catch erlang:fun_to_list(id(x))),
    erlang:display(is_function(A5, 1)),
    erlang:display(is_function(A5, 2)),
    erlang:display(is_function(F3)),
    erlang:display(catch (id(A5))(1, 2)),
    erlang:display(catch (id(notfun))(1)),
    erlang:display(catch (id(fun nomod:nofun/0))()),
    erlang:display(catch (id(fun ?MODULE:nothere/3))(1, 2, 3)),
    erlang:display(catch apply(?MODULE, nothere, [])),
    erlang:display(catch apply(id(1), foo, [])),
    erlang:display(catch apply(?MODULE, pub, notalist)),
    erlang:display(catch apply(id(A5), [1, 2])),
    Y = fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end,
    erlang:display(Y(20)),
    Fs = [fun() -> I * I end || I <- lists:seq(1, 5)],
    erlang:display([F() || F <- Fs]),
    erlang:display(F1 == fun pub/1),
    erlang:display(lists:sort([F3, F1, F2]) =:= lists:sort([F2, F3, F1])),
    ok.
