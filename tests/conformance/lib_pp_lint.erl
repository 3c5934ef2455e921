-module(lib_pp_lint).
-export([main/0]).

forms(S) ->
    {ok, Toks, _} = erl_scan:string(S),
    split(Toks, [], []).

split([], [], Acc) -> lists:reverse(Acc);
split([{dot, _} = D | T], Cur, Acc) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Cur])),
    split(T, [], [F | Acc]);
split([Tok | T], Cur, Acc) -> split(T, [Tok | Cur], Acc).

main() ->
    Src = "-module(m).\n-export([f/1, g/0]).\n"
          "f(X) when X > 0 -> {pos, X};\nf(X) -> case X of 0 -> zero; _ -> neg end.\n"
          "g() -> [Y * 2 || Y <- lists:seq(1, 3)].\n"
          "h(A) -> A.\n"
          "k() -> Unused = 1, ok.\n",
    Forms = forms(Src),
    [erlang:display(lists:flatten(erl_pp:form(F))) || F <- Forms],
    erlang:display(erl_lint:module(Forms)),
    erlang:display(element(1, erl_lint:module(Forms ++ [{eof, 8}]))),
    Bad = forms("-module(b).\n-export([x/0]).\nx() -> y(), Z.\n"),
    erlang:display(erl_lint:module(Bad)),
    {ok, T, _} = erl_scan:string("fun(X) -> X + 1 end(2) * 3"),
    {ok, [E]} = erl_parse:parse_exprs(T ++ [{dot, 1}]),
    erlang:display(lists:flatten(erl_pp:expr(E))),
    erlang:display(lists:flatten(erl_pp:exprs([E, E]))),
    erlang:display(erl_parse:normalise({cons, 1, {integer, 1, 1}, {nil, 1}})),
    erlang:display(erl_parse:abstract({a, [1, 2.5], <<"b">>, #{k => v}})),
    erlang:display(erl_parse:tokens(erl_parse:abstract([1, {x}]))),
    erlang:display(erl_scan:string("X = 'at om' ++ \"s\" % comment\n.", {1, 1}, [return_comments])),
    ok.
