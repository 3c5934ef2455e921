-module(proc_port_spawn_opts).
-export([main/0]).

%% open_port/2 settings of the spawn driver: env, cd, args, arg0,
%% spawn_executable, nouse_stdio, in/out, and the errors erl gives.

d(X) -> erlang:display(X).

err(F) -> try F() catch C:R -> {C, R} end.

%% Everything the program prints until it exits.
output(Port) -> output(Port, []).
output(Port, Acc) ->
    receive
        {Port, {data, D}} -> output(Port, [Acc, D]);
        {Port, {exit_status, S}} -> {lists:flatten(Acc), S}
    after 5000 -> timeout
    end.

run(Name, Opts) ->
    output(open_port(Name, [exit_status | Opts])).

main() ->
    os:putenv("PORT_TEST_VAR", "from-vm"),
    d(run({spawn, "echo $PORT_TEST_VAR"}, [])),
    d(run({spawn, "echo $PORT_TEST_VAR"}, [{env, [{"PORT_TEST_VAR", false}]}])),
    d(run({spawn, "echo $PORT_TEST_VAR"}, [{env, [{"PORT_TEST_VAR", []}]}])),
    d(run({spawn, "echo $PORT_TEST_VAR-$OTHER_VAR"},
          [{env, [{"PORT_TEST_VAR", "new"}, {"OTHER_VAR", ["deep", $v]}]}])),
    d(run({spawn, "echo $A-$B"}, [{env, [{"A", "first"}]}, {env, [{"B", "second"}]}])),
    d(run({spawn, "env | grep '^ZZ_PORT_'"},
          [{env, [{"ZZ_PORT_B", "2"}, {"ZZ_PORT_A", "1"}, {"ZZ_PORT_C", "3"}]}])),
    d(run({spawn, "pwd"}, [{cd, "/"}])),
    d(run({spawn, "pwd"}, [{cd, <<"/tmp">>}])),
    d(run({spawn, "pwd"}, [{cd, []}]) =:= run({spawn, "pwd"}, [])),
    d(run({spawn, "pwd"}, [{cd, "/nonexistent_dir_xyz"}])),

    %% spawn_executable: no shell, args, arg0
    d(run({spawn_executable, "/bin/echo"}, [{args, ["a b", "$HOME", 'atom', <<"bin">>]}])),
    d(run({spawn_executable, "/bin/sh"}, [{args, ["-c", "echo $0 $1", "x", "y"]}])),
    d(run({spawn_executable, "/bin/sh"}, [{arg0, "my-name"}, {args, ["-c", "echo $0"]}])),
    d(run({spawn_executable, "/bin/sh"}, [{args, ["-c", "echo $0"]}, {arg0, "later"}])),
    d(run({spawn_executable, "/bin/sh"}, [{args, ["-c", "exit 4"]}])),
    d(run({spawn_executable, '/bin/true'}, [])),
    d(run({spawn_executable, "/bin/sh"}, [{args, ["-c", "pwd"]}, {cd, "/"}])),
    P1 = open_port({spawn_executable, "/bin/cat"}, []),
    d(erlang:port_info(P1, name)),
    port_close(P1),

    %% nouse_stdio: the program uses fds 3 (input) and 4 (output)
    d(run({spawn, "echo on-fd-4 >&4"}, [nouse_stdio])),
    P2 = open_port({spawn, "cat <&3 >&4"}, [nouse_stdio, exit_status]),
    port_command(P2, "via 3 and 4"),
    d(receive {P2, {data, D2}} -> D2 after 5000 -> timeout end),
    port_close(P2),

    %% in / out
    d(run({spawn, "echo in-only"}, [in])),
    d(run({spawn, "echo both"}, [in, out])),

    %% writing to a port without `out`: the port ends with ebadf
    process_flag(trap_exit, true),
    P3 = open_port({spawn, "sleep 1"}, [in]),
    d(port_command(P3, "x")),
    d(receive {'EXIT', P3, R3x} -> R3x after 5000 -> timeout end),
    process_flag(trap_exit, false),

    %% errors
    d(err(fun() -> open_port({spawn_executable, "/nonexistent/prog"}, []) end)),
    d(err(fun() -> open_port({spawn_executable, "/etc/passwd"}, []) end)),
    d(err(fun() -> open_port({spawn, []}, []) end)),
    d(err(fun() -> open_port({spawn, [$t, <<"rue">>]}, []) end)),
    d(err(fun() -> open_port({spawn, "tr\0ue"}, []) end)),
    d(err(fun() -> open_port({spawn, "true", x}, []) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{args, ["a"]}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{arg0, "a"}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{cd, 17}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{env, [{"A=B", "c"}]}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{env, [{"A", <<"c">>}]}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{env, [{a, "c"}]}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{env, [{"A", "c"} | x]}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{line, 2}, {packet, 1}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{packet, 3}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [{line, 0}]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [nouse_stdio, stderr_to_stdout]) end)),
    d(err(fun() -> open_port({spawn, "true"}, [foo]) end)),
    d(err(fun() -> open_port({spawn, "true"}, bar) end)),
    d(err(fun() -> open_port({spawn, "true"}, [in | out]) end)),
    d(is_port(open_port({spawn_executable, "/bin/true"}, [{args, [<<1:1>>]}]))),
    d(try open_port({spawn, "true"}, [foo]) catch error:R1:S1 -> {R1, hd(S1)} end),
    d(try open_port({spawn_executable, "/nonexistent"}, []) catch error:R2:S2 -> {R2, hd(S2)} end),
    d(try open_port({spawn, 17}, []) catch error:R3:S3 -> {R3, hd(S3)} end),
    d(err(fun() -> open_port({spawn_executable, "/bin/true"}, [{args, x}]) end)),
    d(err(fun() -> open_port({fd, 0, 1}, [exit_status]) end)),
    d(err(fun() -> open_port({}, []) end)),
    d(err(fun() -> open_port(17, []) end)),
    d(is_port(open_port({spawn, "true"}, [{parallelism, true}, {busy_limits_port, {4096, 8192}},
                                          {busy_limits_msgq, disabled}, overlapped_io, hide, stream]))),
    ok.
