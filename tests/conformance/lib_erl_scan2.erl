-module(lib_erl_scan2).
-export([main/0]).

main() ->
    S = "foo(X, \"str\\n\", $a, 16#FF, 2#101, 1.5e3, 'Quoted', <<1>>) -> X ++ [] =:= ok. % c\n",
    erlang:display(erl_scan:string(S)),
    erlang:display(erl_scan:string(S, {1, 1})),
    erlang:display(erl_scan:string(S, 1, [text])),
    erlang:display(erl_scan:string(S, 1, [return_comments, return_white_spaces])),
    erlang:display(erl_scan:string("\"unterminated")),
    erlang:display(erl_scan:string("1 + $")),
    erlang:display(erl_scan:string("x = #{a => 1}, Y#r.f, fun M:F/1, 'a b', ?MACRO")),
    erlang:display(erl_scan:string("1_000_000 + 16#FF_FF + 1.0e-3")),
    erlang:display(erl_scan:string("maybe else end")),
    erlang:display(erl_scan:reserved_word('maybe')),
    erlang:display([erl_scan:reserved_word(W) || W <- ['case', 'of', foo, 'receive']]),
    {ok, Toks, _} = erl_scan:string("a b c", {1, 1}),
    erlang:display([{erl_scan:category(T), erl_scan:symbol(T), erl_scan:location(T), erl_scan:column(T)} || T <- Toks]),
    erlang:display(erl_scan:tokens([], "x. y.", 1)),
    {more, C} = erl_scan:tokens([], "abc", 1),
    erlang:display(erl_scan:tokens(C, " def.\n", 1)),
    erlang:display(erl_scan:format_error({string, $", "abc"})),
    ok.
