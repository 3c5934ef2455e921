-module(lib_re_errors).
-export([main/0]).

%% Errors of re:run/compile/inspect: compile errors, report_errors,
%% match limits (catastrophic backtracking), bad options, bad arguments.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

main() ->
    [d(re:compile(P)) || P <- ["(", ")", "[a", "a{2,1}", "*", "\\", "a(?<n>x)(?<n>y)",
                               "(?P<1a>x)", "[z-a]", "\\k", "x\\k{", "(?z)", "(?<ab>.)(?<ab>.)", "a)", "(?#x",
                               "x{99999}", "[[:foo:]]", "\\x{110000}", "(?C256)",
                               "a**", "(*FOO)", "x\\"]],
    d(re:run("a", "(", [report_errors])),
    d(c(fun() -> re:run("a", "(") end)),
    Evil = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
    d(re:run(Evil, "(a+)+$", [{match_limit, 1000}, report_errors])),
    d(re:run(Evil, "(a+)+$", [{match_limit, 1000}])),
    d(re:run(Evil, "(a+)+$", [{match_limit_recursion, 5}, report_errors])),
    d(re:run(Evil, "(a+)+$", [{match_limit, 10000000}])),
    d(re:run("aaaa", "(a+)+$", [{match_limit, 100000}, report_errors])),
    {ok, MP} = re:compile("a"),
    [d(c(F)) || F <- [fun() -> re:compile("a", [foo]) end,
                      fun() -> re:compile("a", [global]) end,
                      fun() -> re:compile("a", [{capture, all}]) end,
                      fun() -> re:compile("a", [report_errors]) end,
                      fun() -> re:compile("a", foo) end,
                      fun() -> re:compile("a", [caseless | foo]) end,
                      fun() -> re:compile(foo) end,
                      fun() -> re:compile(<<1:7>>) end,
                      fun() -> re:compile([256]) end,
                      fun() -> re:run("a", "a", [foo]) end,
                      fun() -> re:run("a", "a", [{offset, -1}]) end,
                      fun() -> re:run("a", "a", [{offset, a}]) end,
                      fun() -> re:run("a", "a", [{newline, foo}]) end,
                      fun() -> re:run("a", "a", [{capture, foo}]) end,
                      fun() -> re:run("a", "a", [{capture, all, foo}]) end,
                      fun() -> re:run("a", "a", [{capture, [1.0]}]) end,
                      fun() -> re:run("a", "a", [{capture, [-1]}]) end,
                      fun() -> re:run("a", "a", [{capture, [a | b]}]) end,
                      fun() -> re:run("a", "a", [{match_limit, -1}]) end,
                      fun() -> re:run("a", "a", {capture, all}) end,
                      fun() -> re:run(foo, "a") end,
                      fun() -> re:run("a", foo) end,
                      fun() -> re:run([256], "a") end,
                      fun() -> re:run(<<1:7>>, "a") end,
                      fun() -> re:run("a", MP, [caseless]) end,
                      fun() -> re:run("a", {re_pattern, 0, 0, 0, foo}) end,
                      fun() -> re:run("a", {re_pattern, 0, 0, 0, <<"junk">>}) end,
                      fun() -> re:run("a", {re_pattern, a, 0, 0, <<"junk">>}) end,
                      fun() -> re:run(<<255>>, "a", [unicode]) end,
                      fun() -> re:run(<<"a">>, <<255>>, [unicode]) end,
                      fun() -> re:inspect(MP, foo) end,
                      fun() -> re:inspect(foo, namelist) end,
                      fun() -> re:inspect({re_pattern, 0, 0, 0, <<1, 2>>}, namelist) end]],
    d(re:run("a", MP, [anchored])),
    d(re:run("ba", MP, [anchored])),
    d(re:run("a\nb", MP, [{newline, crlf}])),
    ok.
