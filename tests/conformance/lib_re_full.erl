%% The stock re:replace/3,4 and re:split/2,3 (running over the re BIFs) with
%% every option: return types, group, trim, parts, global, unicode, offsets,
%% replacement escapes (&, \N, \g{N}, \g{name}), compiled patterns, and
%% re:run's capture forms; errors as erl gives them.
-module(lib_re_full).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Subj = ["the quick brown fox", <<"a1b22c333d">>, "", "äöü ÄÖÜ straße", <<"line1\nline2\r\nline3"/utf8>>],
    Pats = ["o", "[0-9]+", "", "(\\w)(\\w*)", "^", "$", "\\s*", "(?<first>\\w)\\w*"],
    Reps = ["X", "[&]", "\\1-\\2", "\\\\&", "<\\g{1}>", "<\\g{first}>", <<"ü"/utf8>>, ""],
    [d({rep, S, P, R, O, catch re:replace(S, P, R, O)})
     || S <- Subj, P <- Pats, R <- Reps, O <- [[], [global, {return, list}]]],
    [d({rep_u, catch re:replace(S, P, "_", [unicode, global, {return, binary}])})
     || S <- ["äöü", <<"ä ö"/utf8>>], P <- ["\\w", ".", "ö"]],
    [d({split, S, P, O, catch re:split(S, P, O)})
     || S <- Subj, P <- Pats,
        O <- [[], [{return, list}], [trim], [{parts, 2}], [group], [{return, list}, group, trim],
              [{parts, infinity}], [{parts, 0}]]],
    d(re:split("a,b,,c,,", ",", [{return, list}])),
    d(re:split("a,b,,c,,", ",", [{return, list}, trim])),
    d(re:split("a,b,,c,,", ",", [{return, list}, {parts, 3}])),
    d(re:split("abc", "", [{return, list}])),
    d(re:split(<<"ä-ö"/utf8>>, "-", [unicode, {return, list}])),
    {ok, MP} = re:compile("(a)(b)?", [caseless]),
    d(re:replace("AbA aB", MP, "[\\2|\\1]", [global, {return, list}])),
    d(re:split("xAxABx", MP, [{return, list}, group])),
    d(re:replace("abcabc", "b", "X", [{offset, 2}, {return, list}])),
    d(re:replace("abcabc", "B", "X", [caseless, global, {return, list}])),
    d(re:replace("a.b", ".", "X", [global, {return, list}, {newline, crlf}])),
    d(re:replace("aaa", "a*?", "X", [global, {return, list}])),
    d(re:replace("ab", "(?=b)", "X", [global, {return, list}])),
    d(catch re:replace(<<"ab">>, "b", fun(M, Gs) -> [M, Gs] end, [{return, list}])),
    %% run with every capture form
    Caps = [all, all_but_first, first, none, all_names, [1], [first], ["first"], [0, 1, 5]],
    Types = [index, list, binary],
    [d({run, C, T, catch re:run("xx hello world", "(?<first>\\w)(\\w+)", [global, {capture, C, T}])})
     || C <- Caps, T <- Types],
    d(re:run("abc", "b", [{capture, all, index}, {offset, 1}, notbol])),
    d(re:run("ab\ncd", "^c", [multiline])),
    d(re:run("ab\ncd", "^c", [])),
    d(re:run("aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "(a+)+$", [{match_limit, 1000}, report_errors])),
    d(re:run("x", "(", [report_errors])),
    d(catch re:replace("x", "(", "y")),
    d(catch re:split("x", "(")),
    d(catch re:replace("x", "x", "y", [bad_option])),
    d(catch re:split(<<255>>, "x", [unicode])),
    d(catch re:replace(foo, "x", "y")),
    %% Latin-1 letters are word characters in unicode mode too (start bitmap)
    [d({latin1_utf8, P, re:run(<<"äöü Ā x"/utf8>>, P, [unicode, global])})
     || P <- ["\\w", "a|\\w", "\\d|\\w", "[\\w]", "\\w+", "\\s|\\w", "\\W", "\\S"]],
    d(re:run(<<"\x{b2}\x{e9}"/utf8>>, "\\d|\\w", [unicode])),
    d(re:run(<<"äöü"/utf8>>, "\\w", [unicode, global, no_start_optimize])),
    d(re:inspect(MP, namelist)),
    {ok, MP2} = re:compile("(?<b>x)(?<a>y)"),
    d(re:inspect(MP2, namelist)),
    d(re:run("xy", MP2, [{capture, all_names, list}])),
    ok.
