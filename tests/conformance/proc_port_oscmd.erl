-module(proc_port_oscmd).
-export([main/0]).

%% os:cmd/1,2 (the stock kernel os.erl over open_port({spawn, ...})).

d(X) -> erlang:display(X).

err(F) -> try F() catch C:R -> {C, R} end.

main() ->
    d(os:cmd("echo hello")),
    d(os:cmd("printf 'a\\nb\\n'; echo err >&2")),
    d(os:cmd(["echo ", "deep ", [$l, "ist"]])),
    d(os:cmd('echo atom')),
    d(os:cmd("exit 3")),
    d(os:cmd("true")),
    d(os:cmd("cd /; pwd")),
    d(os:cmd("echo 'caf\\303\\251' | sed s/x/y/")),
    d(os:cmd("printf 'caf\\303\\251'")),
    d(os:cmd("printf '\\377\\376'")),
    d(os:cmd("seq 1 2000 | wc -l")),
    d(length(os:cmd("seq 1 20000"))),
    d(os:cmd("echo 1234567890", #{max_size => 4})),
    d(os:cmd("echo x # a comment")),
    d(os:cmd("cat")),   % stdin is /dev/null
    d(os:cmd("sleep 1 & echo background")),
    d(err(fun() -> os:cmd(123) end)),
    d(err(fun() -> os:cmd("echo", bad) end)),
    d(err(fun() -> os:cmd("echo", #{max_size => bad}) end)),
    d(err(fun() -> os:cmd([0, $a]) end)),
    d(os:cmd("echo trailing zeros" ++ [0, 0])),
    d(erlang:ports() -- erlang:ports()),
    ok.
