-module(proc_port_echo).
-export([main/0]).

%% The spawn driver with cat: stream, {line, L}, {packet, N}, binary
%% options; the order of {Port, {data, _}} messages; port_info.

d(X) -> erlang:display(X).

%% Collects messages from Port until it closes (or eof/exit_status).
collect(Port) -> collect(Port, []).
collect(Port, Acc) ->
    receive
        {Port, {data, D}} -> collect(Port, [D | Acc]);
        {Port, eof} -> lists:reverse([eof | Acc]);
        {Port, {exit_status, S}} -> collect(Port, [{exit_status, S} | Acc])
    after 5000 -> lists:reverse([timeout | Acc])
    end.

%% Reads exactly N data messages.
take(_Port, 0) -> [];
take(Port, N) ->
    receive {Port, {data, D}} -> [D | take(Port, N - 1)]
    after 5000 -> [timeout]
    end.

main() ->
    %% stream mode: whatever cat echoes, concatenated
    P1 = open_port({spawn, "cat"}, [stream]),
    d(is_port(P1)),
    d(erlang:port_info(P1, name)),
    d(is_integer(element(2, erlang:port_info(P1, os_pid)))),
    true = port_command(P1, "hello "),
    P1 ! {self(), {command, [<<"wor">>, $l, "d\n"]}},
    d(read_stream(P1, 12, [])),
    port_close(P1),
    d(erlang:port_info(P1)),

    %% {line, L}: whole lines, long ones split into noeol pieces
    P2 = open_port({spawn, "cat"}, [{line, 4}]),
    port_command(P2, "ab\ncdefgh\nijklmnop\nxyz"),
    d(take(P2, 5)),
    port_close(P2),

    %% line mode with binaries; the unfinished last line at EOF
    P3 = open_port({spawn, "printf 'one\\ntwo\\nlast'"}, [{line, 80}, binary, eof]),
    d(collect(P3)),
    port_close(P3),

    %% {packet, 2}: headers added on output, stripped on input
    P4 = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    port_command(P4, <<"first">>),
    port_command(P4, ["sec", <<"ond">>]),
    port_command(P4, <<>>),
    d(take(P4, 3)),
    port_close(P4),

    %% {packet, 1}: too long for the header
    process_flag(trap_exit, true),
    P5 = open_port({spawn, "cat"}, [{packet, 1}]),
    port_command(P5, "ok"),
    d(take(P5, 1)),
    d(catch port_command(P5, lists:duplicate(256, $x))),
    d(receive {'EXIT', P5, R5} -> {exit, R5} after 5000 -> timeout end),
    process_flag(trap_exit, false),

    %% {packet, 4} from a program writing its own headers
    P6 = open_port({spawn, "printf '\\000\\000\\000\\003abc\\000\\000\\000\\000'"}, [{packet, 4}, eof]),
    d(collect(P6)),
    port_close(P6),

    %% the line atom alone means {line, 512}
    P7 = open_port({spawn, "cat"}, [line]),
    port_command(P7, [lists:duplicate(600, $a), $\n]),
    [{noeol, A1}, {eol, A2}] = take(P7, 2),
    d({length(A1), length(A2)}),
    port_close(P7),
    ok.

read_stream(_Port, 0, Acc) -> lists:append(lists:reverse(Acc));
read_stream(Port, N, Acc) ->
    receive {Port, {data, D}} -> read_stream(Port, N - length(D), [D | Acc])
    after 5000 -> timeout
    end.
