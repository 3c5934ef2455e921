-module(lib_erl_parse).
-export([main/0]).

d(X) -> erlang:display(X).

parse(S) ->
    {ok, Toks, _} = erl_scan:string(S),
    erl_parse:parse_exprs(Toks).

main() ->
    d(parse("1 + 2 * 3.")),
    d(parse("X = [1, 2 | T], {X, T}.")),
    d(parse("case A of {ok, V} -> V; _ -> none end.")),
    d(parse("fun(X) -> X * 2 end.")),
    d(parse("[X || X <- L, X > 0].")),
    d(parse("try f() catch throw:T -> T after ok end.")),
    d(parse("if A > B -> A; true -> B end.")),
    d(parse("\"string\", 'atom', $c, 2.5.")),
    d(parse("1 + .")),
    {ok, Toks, _} = erl_scan:string("-module(m). "),
    d(erl_parse:parse_form(Toks)),
    {ok, Toks2, _} = erl_scan:string("f(X) when X > 0 -> X; f(_) -> 0. "),
    d(erl_parse:parse_form(Toks2)),
    {ok, [E]} = parse("{a, [b, 3]}."),
    d(erl_parse:normalise(E)),
    d(erl_parse:abstract({x, [1, 2.0], "s"})),
    d(erl_parse:tokens(erl_parse:abstract(hello))),
    ok.
