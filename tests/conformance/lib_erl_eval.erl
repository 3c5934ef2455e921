-module(lib_erl_eval).
-export([main/0]).

d(X) -> erlang:display(X).

eval(S) -> eval(S, erl_eval:new_bindings()).
eval(S, B) ->
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    {value, V, _} = erl_eval:exprs(Exprs, B),
    V.

main() ->
    d(eval("1 + 2 * 3.")),
    d(eval("X = 10, Y = 20, X * Y.")),
    d(eval("[A * A || A <- [1, 2, 3]].")),
    d(eval("lists:reverse([1, 2, 3]).")),
    d(eval("case {a, 1} of {a, N} -> N + 1; _ -> 0 end.")),
    d(eval("F = fun(X) -> X * 3 end, F(7).")),
    d(eval("Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end, Fact(20).")),
    d(eval("try throw(boom) catch throw:B -> {caught, B} end.")),
    d(eval("if 1 > 2 -> a; true -> b end.")),
    d(eval("X + 1.", erl_eval:add_binding('X', 41, erl_eval:new_bindings()))),
    d(eval("\"abc\" ++ \"def\".")),
    d(eval("{element(2, {a, b, c}), length([1, 2])}.")),
    d(eval("2 bsl 100.")),
    d(eval("1.5 * 2.")),
    d(catch eval("1 + a.")),
    d(catch eval("undefined_fun_xyz().")),
    ok.
