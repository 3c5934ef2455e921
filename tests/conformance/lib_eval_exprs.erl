-module(lib_eval_exprs).
-export([main/0]).

eval(S) -> eval(S, erl_eval:new_bindings()).
eval(S, B) ->
    {ok, Toks, _} = erl_scan:string(S),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    {value, V, B1} = erl_eval:exprs(Exprs, B),
    {V, lists:sort(erl_eval:bindings(B1))}.

main() ->
    Exprs = ["1 + 2 * 3.",
             "X = 10, Y = X * X, {X, Y}.",
             "[A || A <- lists:seq(1, 10), A rem 3 =:= 0].",
             "<< <<B:4>> || B <- [1, 2, 3, 4] >>.",
             "case {a, 1} of {a, N} when N > 0 -> pos; _ -> other end.",
             "F = fun(Z) -> Z * 2 end, F(21).",
             "Fact = fun Fa(0) -> 1; Fa(K) -> K * Fa(K - 1) end, Fact(25).",
             "M = #{a => 1}, M#{b => 2}.",
             "#{a := V} = #{a => found}, V.",
             "try throw(x) catch throw:T -> {caught, T} end.",
             "try 1/0 catch error:R -> R end.",
             "lists:map(fun(E) -> E + 1 end, [1, 2, 3]).",
             "if 1 > 2 -> no; true -> yes end.",
             "begin A1 = 1, A2 = A1 + 1, A2 end.",
             "<<H:8, Rest/binary>> = <<1, 2, 3>>, {H, Rest}.",
             "{'EXIT', Reason} = (catch error(oops)), element(1, Reason).",
             "lists:foldl(fun(E, Acc) -> E + Acc end, 0, lists:seq(1, 100)).",
             "[{X1, Y1} || X1 <- [1, 2], Y1 <- [a, b]].",
             "string:to_upper(\"hello\").",
             "erlang:phash2({1, 2, 3}).",
             "1 bsl 100 + 1.",
             "<<\"abc\">> =:= list_to_binary(\"abc\").",
             "not true orelse false andalso true.",
             "apply(lists, reverse, [[1, 2, 3]]).",
             "G = fun lists:sum/1, G([1, 2, 3])."],
    [erlang:display(catch eval(E)) || E <- Exprs],
    B0 = erl_eval:add_binding('Pre', 5, erl_eval:new_bindings()),
    erlang:display(eval("Pre * 2.", B0)),
    {ok, T, _} = erl_scan:string("foo(1, 2)."),
    {ok, [Call]} = erl_parse:parse_exprs(T),
    Local = {value, fun(Name, Args) -> {local_call, Name, Args} end},
    erlang:display(erl_eval:expr(Call, [], Local)),
    {ok, T2, _} = erl_scan:string("X + 1"),
    {ok, E2} = erl_parse:parse_exprs(T2 ++ [{dot, 1}]),
    erlang:display(erl_eval:exprs(E2, [{'X', 41}])),
    ok.
