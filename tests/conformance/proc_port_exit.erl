-module(proc_port_exit).
-export([main/0]).

%% The spawn driver's end: exit_status values and their order with the
%% data, eof, the port closing when the program exits, port_close, the
%% owner's exit closing the port, monitor(port, ...).

d(X) -> erlang:display(X).

msgs(Port) ->
    receive
        {Port, {exit_status, _} = M} -> [M | msgs(Port)];
        {Port, {data, _} = M} -> [M | msgs(Port)];
        {Port, eof} -> [eof];
        {'EXIT', Port, R} -> [{'EXIT', R}]
    after 5000 -> [timeout]
    end.

%% A message or error with the port (its number differs between VMs)
%% replaced by 'port'.
strip(T, P) when T =:= P -> port;
strip(T, P) when is_tuple(T) -> list_to_tuple(strip(tuple_to_list(T), P));
strip(T, P) when is_list(T) -> [strip(X, P) || X <- T];
strip(T, _) -> T.

err(F) -> try F() catch C:R -> {C, R} end.

main() ->
    process_flag(trap_exit, true),
    [begin
         P = open_port({spawn, Cmd}, Opts),
         d({Cmd, Opts, msgs(P)})
     end || {Cmd, Opts} <- [{"sh -c 'exit 3'", [exit_status]},
                            {"sh -c 'echo out; exit 42'", [exit_status]},
                            {"sh -c 'echo out; exit 7'", [exit_status, eof]},
                            {"true", [exit_status, binary]},
                            {"false", [exit_status]},
                            {"exit 5", [exit_status]},           % "exec exit 5": not found
                            {"sh -c 'kill -9 $$'", [exit_status]},
                            {"sh -c 'kill -TERM $$'", [exit_status, eof]},
                            {"echo no status", []},
                            {"echo with eof", [eof]},
                            {"nosuchcommand_xyz 2>/dev/null", [exit_status, stderr_to_stdout]}]],

    %% exit_status waits for the exit after EOF on stdout
    P1 = open_port({spawn, "sh -c 'exec >&-; sleep 0.2; exit 9'"}, [exit_status]),
    d(msgs(P1)),

    %% stderr_to_stdout
    P2 = open_port({spawn, "sh -c 'echo to-stderr >&2'"}, [stderr_to_stdout, exit_status]),
    d(msgs(P2)),

    %% port_close: no message, the program gets EOF on stdin
    P3 = open_port({spawn, "cat"}, []),
    d(port_close(P3)),
    d(receive M3 -> strip(M3, P3) after 200 -> nothing end),
    d(err(fun() -> port_close(P3) end)),
    d(err(fun() -> port_command(P3, "x") end)),

    %% {Pid, close}: {Port, closed}
    P4 = open_port({spawn, "cat"}, []),
    P4 ! {self(), close},
    d(receive {P4, closed} -> closed after 5000 -> timeout end),
    d(receive M4 -> strip(M4, P4) after 200 -> nothing end),

    %% monitors: 'DOWN' after the exit signal, noproc for a closed port
    P5 = open_port({spawn, "sh -c 'echo bye'"}, []),
    R5 = monitor(port, P5),
    d(receive {P5, {data, D5}} -> D5 after 5000 -> timeout end),
    d(receive {'EXIT', P5, X5} -> {'EXIT', X5} after 5000 -> timeout end),
    d(receive {'DOWN', R5, port, P5, Why5} -> {'DOWN', Why5} after 5000 -> timeout end),
    R6 = monitor(port, P5),
    d(receive {'DOWN', R6, port, P5, Why6} -> {'DOWN', Why6} after 5000 -> timeout end),
    P7 = open_port({spawn, "cat"}, []),
    R7 = monitor(port, P7),
    d(process_info(self(), monitors) =:= {monitors, [{port, P7}]}),
    d(erlang:port_info(P7, monitored_by) =:= {monitored_by, [self()]}),
    d(demonitor(R7, [info])),
    d(erlang:port_info(P7, monitored_by)),
    d(process_info(self(), monitors)),
    port_close(P7),
    d(receive {'DOWN', R7, _, _, _} -> down after 200 -> no_down end),
    d(err(fun() -> monitor(port, self()) end)),
    R8 = monitor(port, no_such_port_name),
    d(receive {'DOWN', R8, port, Item8, Why8} -> {Item8, Why8} after 1000 -> timeout end),

    %% a linked owner's exit closes the port
    Self = self(),
    Owner = spawn(fun() ->
                          P = open_port({spawn, "cat"}, []),
                          Self ! {port, P},
                          receive stop -> exit(stopped) end
                  end),
    P9 = receive {port, P} -> P end,
    R9 = monitor(port, P9),
    d(erlang:port_info(P9, connected) =:= {connected, Owner}),
    Owner ! stop,
    d(receive {'DOWN', R9, port, P9, Why9} -> {'DOWN', Why9} after 5000 -> timeout end),
    d(erlang:port_info(P9)),

    %% writing to a program that is gone: epipe
    P10 = open_port({spawn, "sh -c 'exec 0<&-; echo closed; sleep 1'"}, [exit_status]),
    receive {P10, {data, "closed\n"}} -> ok end,
    port_command(P10, "data"),
    d(receive {'EXIT', P10, X10} -> {'EXIT', X10} after 5000 -> timeout end),
    ok.
