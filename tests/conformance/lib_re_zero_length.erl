-module(lib_re_zero_length).
-export([main/0]).
%% Zero-length matches in re: global runs advance past them, split and
%% replace around them, unicode subjects, anchors and lookarounds.
d(X) -> erlang:display(X).
main() ->
    Subjects = [<<>>, <<"abc">>, <<"aab">>, <<"a b  c">>, <<"h!", 0, "x">>],
    Res = [<<"">>, <<"a*">>, <<"\\b">>, <<"(?=b)">>, <<"$">>, <<"^">>, <<"x*">>, <<"\\s*">>, <<"(?<=a)">>],
    [d({S, R, re:run(S, R, [global]), re:run(S, R, [global, unicode, {capture, all, list}])})
     || S <- Subjects, R <- Res],
    [d({S, R, re:split(S, R), re:split(S, R, [trim]), re:replace(S, R, "-", [global, {return, binary}])})
     || S <- Subjects, R <- Res],
    d(re:run(<<"abc">>, <<"">>, [{offset, 3}])),
    d(re:run(<<"abc">>, <<"">>, [{offset, 3}, global])),
    d(re:run(<<"aaa">>, <<"a*?">>, [global, {capture, all, index}])),
    d(re:run(<<"\r\n\n">>, <<"$">>, [global, multiline, {newline, any}])),
    d(re:run(<<"\r\n\n">>, <<"^">>, [global, multiline, {newline, crlf}])),
    d(re:split(<<"abc">>, <<"">>, [{parts, 2}])),
    d(re:split("abc", "", [{return, list}, group])),
    ok.
