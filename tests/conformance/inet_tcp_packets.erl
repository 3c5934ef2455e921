-module(inet_tcp_packets).
-export([main/0]).

%% gen_tcp framing and flow: {packet, 1|2|4|line|raw}, packet_size,
%% header, list mode, a megabyte through the output queue, several
%% acceptors, shutdown(write), exit_on_close false, connect by host name,
%% getstat. Port numbers never printed.

d(X) -> erlang:display(X).

pair(LOpts, COpts) ->
    {ok, L} = gen_tcp:listen(0, LOpts),
    {ok, P} = inet:port(L),
    Self = self(),
    spawn(fun() -> {ok, A} = gen_tcp:accept(L), ok = gen_tcp:controlling_process(A, Self), Self ! {accepted, A} end),
    {ok, C} = gen_tcp:connect("localhost", P, COpts),
    A = receive {accepted, S} -> S after 5000 -> exit(no_accept) end,
    {L, C, A}.

close_all(Ss) -> [gen_tcp:close(S) || S <- Ss], ok.

recv_all(S, N) -> recv_all(S, N, []).
recv_all(_, 0, Acc) -> iolist_to_binary(lists:reverse(Acc));
recv_all(S, N, Acc) ->
    case gen_tcp:recv(S, 0, 5000) of
        {ok, B} -> recv_all(S, N - byte_size(B), [B | Acc]);
        E -> E
    end.

main() ->
    %% packet 1, 4 and line; sender frames, receiver unframes
    [begin
         {L, C, A} = pair([binary, {active, false}, {packet, Pk}], [binary, {active, false}, {packet, Pk}]),
         ok = gen_tcp:send(C, <<"abc">>),
         ok = gen_tcp:send(C, <<>>),
         ok = gen_tcp:send(C, lists:duplicate(3, <<"xy">>)),
         d({Pk, gen_tcp:recv(A, 0), gen_tcp:recv(A, 0), gen_tcp:recv(A, 0)}),
         close_all([C, A, L])
     end || Pk <- [1, 4]],
    {L1, C1, A1} = pair([list, {active, false}, {packet, line}], [list, {active, false}]),
    ok = gen_tcp:send(C1, "line one\nline two\npartial"),
    d(gen_tcp:recv(A1, 0)),
    d(gen_tcp:recv(A1, 0)),
    d(gen_tcp:recv(A1, 0, 50)),
    ok = gen_tcp:send(C1, " end\n"),
    d(gen_tcp:recv(A1, 0)),
    %% packet raw with a length is refused in line mode
    d(gen_tcp:recv(A1, 3)),
    %% header: the first bytes of each message as a list
    ok = inet:setopts(A1, [{packet, raw}, binary, {header, 3}]),
    ok = gen_tcp:send(C1, "abcdefg"),
    d(gen_tcp:recv(A1, 7)),
    ok = inet:setopts(A1, [{packet, 2}, {packet_size, 4}]),
    ok = gen_tcp:send(C1, [0, 9, "too long!"]),
    d(gen_tcp:recv(A1, 0)),
    close_all([C1, A1, L1]),
    %% lines: longer than the buffer come in pieces, longer than packet_size fail
    {L6, C6, A6} = pair([binary, {active, false}, {packet, line}, {buffer, 8}], [binary, {active, false}]),
    ok = gen_tcp:send(C6, <<"0123456789abc\nshort\n">>),
    d([gen_tcp:recv(A6, 0) || _ <- [1, 2, 3]]),
    ok = inet:setopts(A6, [{packet_size, 4}, {buffer, 100}]),
    ok = gen_tcp:send(C6, <<"toolong\n">>),
    d(gen_tcp:recv(A6, 0)),
    close_all([C6, A6, L6]),
    %% a megabyte each way through a passive socket
    {L2, C2, A2} = pair([binary, {active, false}], [binary, {active, false}]),
    Big = list_to_binary([integer_to_list(I) || I <- lists:seq(1, 180000)]),
    Self = self(),
    spawn(fun() -> Self ! {sent, gen_tcp:send(C2, Big)} end),
    R = recv_all(A2, byte_size(Big)),
    d({byte_size(Big), R =:= Big}),
    receive {sent, S2} -> d(S2) after 5000 -> d(no_send) end,
    {ok, Stat} = inet:getstat(C2, [send_oct, send_cnt, send_pend]),
    d(Stat),
    {ok, RStat} = inet:getstat(A2, [recv_oct]),
    d(RStat),
    %% shutdown(write): the peer sees the close (and, exit_on_close, closes)
    ok = gen_tcp:shutdown(C2, write),
    d(gen_tcp:recv(A2, 0)),
    d(gen_tcp:send(A2, <<"still">>)),
    d(gen_tcp:recv(C2, 0, 500)),
    close_all([C2, A2, L2]),
    %% exit_on_close false: after the peer closes, send still works locally
    {L3, C3, A3} = pair([binary, {active, true}, {exit_on_close, false}], [binary, {active, false}]),
    ok = gen_tcp:send(C3, <<"bye">>),
    ok = gen_tcp:close(C3),
    d(receive {tcp, A3, M1} -> M1 after 2000 -> timeout end),
    d(receive {tcp_closed, A3} -> tcp_closed after 2000 -> timeout end),
    d(is_list(erlang:port_info(A3))),
    d(inet:getopts(A3, [exit_on_close])),
    close_all([A3, L3]),
    %% several processes waiting in accept on one listen socket
    {ok, L4} = gen_tcp:listen(0, [binary, {active, false}]),
    {ok, P4} = inet:port(L4),
    Waiters = [spawn(fun() -> Self ! {got, N, element(1, gen_tcp:accept(L4, 3000))} end) || N <- [1, 2, 3]],
    timer:sleep(50),
    Cs = [element(2, gen_tcp:connect({127,0,0,1}, P4, [])) || _ <- [1, 2, 3]],
    d(lists:sort([receive {got, N, Res} -> {N, Res} after 4000 -> timeout end || _ <- Waiters])),
    d(gen_tcp:accept(L4, 0)),
    close_all([L4 | Cs]),
    receive _ -> ok after 100 -> ok end,
    ok.
