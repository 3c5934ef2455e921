-module(ins_match_nested).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Exprs = [{add, {num, 1}, {mul, {num, 2}, {num, 3}}},
             {neg, {sub, {num, 10}, {num, 4}}},
             {mul, {add, {var, x}, {num, 0}}, {num, 1}},
             {add, {mul, {num, 0}, {var, y}}, {var, z}}],
    [d({eval(E, [{x, 5}, {y, 6}, {z, 7}]), simplify(E)}) || E <- Exprs],
    d(match_same({pair, [1, 2], [1, 2]})),
    d(match_same({pair, [1, 2], [1, 3]})),
    d(match_same({pair, {a, 1.0}, {a, 1}})),
    {A, [B, {C, D}] = L, E} = {x, [y, {z, w}], v},
    d({A, B, C, D, E, L}),
    [{K1, V1}, {K2, V2} | _] = [{k, 1}, {j, 2}, {i, 3}],
    d([K1, V1, K2, V2]),
    d(lookup(b, [{a, 1}, {b, 2}])),
    d(lookup(z, [{a, 1}])),
    d(alias_match({point, 1, 2})),
    d(deep({a, {b, {c, {d, {e, [1, [2, [3, {f, ok}]]]}}}}})),
    d(deep(other)),
    ok.

eval({num, N}, _) -> N;
eval({var, V}, Env) -> {V, X} = lists:keyfind(V, 1, Env), X;
eval({add, A, B}, Env) -> eval(A, Env) + eval(B, Env);
eval({sub, A, B}, Env) -> eval(A, Env) - eval(B, Env);
eval({mul, A, B}, Env) -> eval(A, Env) * eval(B, Env);
eval({neg, A}, Env) -> -eval(A, Env).

simplify({add, {num, 0}, E}) -> simplify(E);
simplify({add, E, {num, 0}}) -> simplify(E);
simplify({mul, {num, 1}, E}) -> simplify(E);
simplify({mul, E, {num, 1}}) -> simplify(E);
simplify({mul, {num, 0}, _}) -> {num, 0};
simplify({Op, A, B}) ->
    case {Op, simplify(A), simplify(B)} of
        {add, {num, 0}, SB} -> SB;
        {add, SA, {num, 0}} -> SA;
        {Op, SA, SB} -> {Op, SA, SB}
    end;
simplify({neg, {neg, E}}) -> simplify(E);
simplify({neg, E}) -> {neg, simplify(E)};
simplify(E) -> E.

match_same({pair, X, X}) -> same;
match_same({pair, _, _}) -> different.

lookup(K, [{K, V} | _]) -> {ok, V};
lookup(K, [_ | T]) -> lookup(K, T);
lookup(_, []) -> error.

alias_match({point, X, _} = P) -> {X, P}.

deep({a, {b, {c, {d, {e, [_, [_, [_, {f, R}]]]}}}}}) -> R;
deep(_) -> no.
