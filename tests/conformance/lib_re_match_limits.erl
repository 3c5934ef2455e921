-module(lib_re_match_limits).
-export([main/0]).
%% Catastrophic backtracking stopped by match_limit / match_limit_recursion:
%% nomatch, or {error, ...} with report_errors, also through global runs,
%% split and replace.
d(X) -> erlang:display(X).
main() ->
    Subject = iolist_to_binary([lists:duplicate(26, $a), $b]),
    Re = <<"^(a+)+$">>,
    d(re:run(Subject, Re, [{match_limit, 10000}])),
    d(re:run(Subject, Re, [{match_limit, 10000}, report_errors])),
    d(re:run(Subject, Re, [{match_limit_recursion, 5}, report_errors])),
    d(re:run(Subject, Re, [{match_limit_recursion, 5}])),
    d(re:run(<<"aaa">>, Re, [{match_limit, 10000}, report_errors])),
    d(re:run(<<"aaa">>, Re, [{match_limit_recursion, 1000}, report_errors, {capture, all, binary}])),
    d(re:run(Subject, <<"(a|aa)+c">>, [global, {match_limit, 1000}, report_errors])),
    d(re:run(Subject, <<"(a|aa)+c">>, [global, {match_limit, 1000}])),
    d(catch re:split(Subject, <<"(a|aa)+c">>, [{match_limit, 1000}])),
    d(catch re:replace(Subject, <<"(a|aa)+c">>, <<"x">>, [{match_limit, 1000}])),
    {ok, MP} = re:compile(<<"(x+x+)+y">>),
    d(re:run(binary:copy(<<"x">>, 30), MP, [{match_limit, 50000}, report_errors])),
    d([catch re:run(<<"a">>, <<"a">>, [O]) || O <- [{match_limit, -1}, {match_limit, a}, {match_limit_recursion, -5},
                                                   {match_limit, 1 bsl 40}]]),
    d(re:run(<<"aaaa">>, <<"a+">>, [{match_limit, 1}, report_errors])),
    ok.
