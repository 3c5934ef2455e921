-module(lib_re_replace_split).
-export([main/0]).

%% The stock re:replace/3,4 and re:split/2,3 (Erlang code in re.erl on top
%% of the BIFs), zero-length matches, unicode, returns of every type.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

main() ->
    d(re:replace("abcabc", "b", "X")),
    d(re:replace("abcabc", "b", "X", [global])),
    d(re:replace("abcabc", "b", "X", [global, {return, list}])),
    d(re:replace("abcabc", "b", "X", [global, {return, binary}])),
    d(re:replace("abcabc", "(b)(c)", "[\\2\\1&]", [global, {return, list}])),
    d(re:replace("abc", "b", "\\\\&", [{return, list}])),
    d(re:replace("abc", "", "-", [global, {return, list}])),
    d(re:replace("abc", "x*", "-", [global, {return, list}])),
    d(re:replace("aaa", "a*", "X", [global, {return, binary}])),
    d(re:replace("abc", "B", "x", [caseless, {return, list}])),
    d(re:replace(<<"åäö"/utf8>>, "ä", "a", [unicode, {return, binary}])),
    d(re:replace("åäö", "ä", "a", [unicode, {return, list}])),
    d(re:replace("x\ny", "^", "> ", [global, multiline, {return, list}])),
    d(re:split("a,b,,c", ",")),
    d(re:split("a,b,,c", ",", [{return, list}])),
    d(re:split("a,b,,c,,", ",", [{return, list}, trim])),
    d(re:split("a,b,,c,,", ",", [{return, binary}, {parts, 2}])),
    d(re:split("a1b22c", "(\\d+)", [{return, list}])),
    d(re:split("a1b22c", "(\\d+)", [{return, list}, group])),
    d(re:split("abc", "", [{return, list}])),
    d(re:split("abc", "x*", [{return, list}])),
    d(re:split("", ",", [{return, list}])),
    d(re:split(<<"x y  z">>, " +")),
    d(re:split("åbäcö", "[bc]", [unicode, {return, list}])),
    d(re:split(<<"åbäcö"/utf8>>, "[bc]", [unicode, {return, binary}])),
    d(re:split("a\r\nb\nc", "\\R", [{return, list}])),
    d(re:run("åäö", "ä", [unicode])),
    d(re:run("åäö", "ä", [unicode, {capture, all, list}])),
    d(re:run(<<"åäö"/utf8>>, "ä", [unicode, {capture, all, list}])),
    d(re:run("åäö", "(.)", [unicode, global, {capture, all_but_first, binary}])),
    d(re:run("€uro", "^.", [unicode, {capture, all, list}])),
    d(c(fun() -> re:run("€uro", <<"^."/utf8>>, [{capture, all, binary}]) end)),
    d(re:run(<<"€uro"/utf8>>, <<"^."/utf8>>, [{capture, all, binary}])),
    {ok, MP} = re:compile("é", [unicode]),
    d(re:run("café", MP, [{capture, all, list}])),
    d(re:run(<<"café"/utf8>>, MP)),
    d(re:run("ÅÄÖ", "å", [unicode, caseless])),
    d(re:run("Ω", "\\w", [unicode, ucp])),
    d(re:run("Ω", "\\w", [unicode])),
    d(re:replace(<<"one two three">>, <<"(\\w+)">>, <<"<\\1>">>, [global, {return, binary}])),
    d(re:replace("a.b.c", "\\.", "", [global, {return, list}])),
    d(iolist_to_binary(re:replace("a-b", "-", "+"))),
    ok.
