-module(lib_erl_pp).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Forms = ["f(X) -> X + 1.", "g([H | T], Acc) when is_integer(H) -> g(T, [H * 2 | Acc]); g([], Acc) -> lists:reverse(Acc).",
             "h() -> case x of a -> 1; _ -> {ok, \"s\", 'Q', 2.5} end."],
    [begin
         {ok, Toks, _} = erl_scan:string(F),
         {ok, Form} = erl_parse:parse_form(Toks),
         d(lists:flatten(erl_pp:form(Form)))
     end || F <- Forms],
    {ok, T2, _} = erl_scan:string("[X * Y || X <- A, Y <- B, X > Y]."),
    {ok, [E]} = erl_parse:parse_exprs(T2),
    d(lists:flatten(erl_pp:expr(E))),
    ok.
