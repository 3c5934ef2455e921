-module(lib_erl_scan).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(erl_scan:string("foo")),
    d(erl_scan:string("X = 1 + 2.")),
    d(erl_scan:string("f(A, \"str\", 'quoted', $c, 1.5e3, 16#FF).")),
    d(erl_scan:string("%% comment\nok.")),
    d(erl_scan:string("a\nb\nc", 10)),
    d(erl_scan:string("[H|T] -> {H, T} ; _ when true =/= false")),
    d(erl_scan:string("fun(X) -> X end")),
    d(erl_scan:string("1 bsl 2 band 3")),
    d(erl_scan:string("'unterminated")),
    d(erl_scan:string("<<1,2>> #{} ++ -- =:= =/= ==")),
    {ok, Toks, _} = erl_scan:string("case X of 1 -> a; _ -> b end."),
    d(length(Toks)),
    d([element(1, T) || T <- Toks]),
    d(erl_scan:reserved_word('case')),
    d(erl_scan:reserved_word(foo)),
    ok.
