-module(lib_erl_parse2).
-export([main/0]).

parse(S) ->
    {ok, T, _} = erl_scan:string(S),
    erl_parse:parse_form(T).

exprs(S) ->
    {ok, T, _} = erl_scan:string(S),
    erl_parse:parse_exprs(T).

main() ->
    erlang:display(parse("f(X) when is_integer(X) -> X + 1; f(_) -> no.")),
    erlang:display(parse("-record(r, {a = 1 :: integer(), b}).")),
    erlang:display(parse("-spec f(integer()) -> {ok, [atom()]} | error.")),
    erlang:display(parse("-type t(A) :: #{key := A, opt => list(A)} | <<_:8, _:_*4>>.")),
    erlang:display(parse("g() -> try a() of X -> X catch C:R:S -> {C, R, S} after b() end.")),
    erlang:display(parse("h(<<A:8/integer-little, B/binary>>) -> [X || <<X>> <= B, X > A].")),
    erlang:display(parse("k() -> receive {msg, M} -> M after 100 -> timeout end.")),
    erlang:display(parse("m(M) -> M#{a := 1, b => 2}.")),
    erlang:display(parse("bad( -> .")),
    erlang:display(parse("-export([a/1, b/2]).")),
    erlang:display(exprs("X = 1, Y = X + 2.")),
    erlang:display(exprs("fun (A) when A > 0 -> A; (_) -> 0 end.")),
    erlang:display(exprs("begin a, b end.")),
    erlang:display(exprs("1 +.")),
    erlang:display(erl_parse:parse_term(element(2, erl_scan:string("{a, [1, 2.5, \"s\"], #{k => <<\"v\">>}}.")))),
    erlang:display(erl_parse:parse_term(element(2, erl_scan:string("foo(1).")))),
    erlang:display(erl_parse:abstract(#{a => [1, {x}]})),
    erlang:display(erl_parse:normalise(erl_parse:abstract({1, <<"b">>, [c]}))),
    ok.
