-module(inet_tcp_basic).
-export([main/0]).

%% gen_tcp over loopback: listen/accept/connect, send/recv in passive
%% mode (raw with and without a length, binary and list), active true,
%% once and N, close seen by the peer, sockname/peername, controlling
%% process, timeouts and refused connections. Port numbers never printed.

d(X) -> erlang:display(X).

pair(LOpts, COpts) ->
    {ok, L} = gen_tcp:listen(0, [{ip, {127,0,0,1}} | LOpts]),
    {ok, P} = inet:port(L),
    Self = self(),
    spawn(fun() -> {ok, A} = gen_tcp:accept(L), ok = gen_tcp:controlling_process(A, Self), Self ! {accepted, A} end),
    {ok, C} = gen_tcp:connect({127,0,0,1}, P, COpts),
    A = receive {accepted, S} -> S after 5000 -> exit(no_accept) end,
    {L, C, A}.

flush() -> receive M -> [M | flush()] after 100 -> [] end.

%% Bare mode has no kernel: start the inet database like kernel does.
ensure_inet_db() ->
    case whereis(inet_db) of
        undefined -> {ok, _} = inet_db:start(), ok;
        _ -> ok
    end.

main() ->
    ensure_inet_db(),
    %% passive binary
    {L, C, A} = pair([binary, {active, false}], [binary, {active, false}]),
    d(ok =:= gen_tcp:send(C, <<"hello">>)),
    d(gen_tcp:recv(A, 5)),
    ok = gen_tcp:send(A, ["wor", $l, <<"d">>]),
    d(gen_tcp:recv(C, 0, 2000)),
    d(gen_tcp:recv(C, 0, 0)),
    d(gen_tcp:recv(C, 0, 50)),
    {ok, {CIp, CPort}} = inet:sockname(C),
    {ok, {AIp, APort}} = inet:peername(A),
    d({CIp, AIp, CPort =:= APort}),
    {ok, LPort} = inet:port(L),
    {ok, {_, CPeerPort}} = inet:peername(C),
    d(LPort =:= CPeerPort),
    d(inet:getopts(A, [active, mode, packet, header, exit_on_close])),
    %% partial recv with a length waits for all bytes
    ok = gen_tcp:send(C, <<"ab">>),
    Self = self(),
    spawn(fun() -> timer:sleep(50), ok = gen_tcp:send(C, <<"cdef">>), Self ! sent end),
    d(gen_tcp:recv(A, 4)),
    receive sent -> ok end,
    d(gen_tcp:recv(A, 2)),
    %% close seen by a passive reader
    ok = gen_tcp:close(C),
    d(gen_tcp:recv(A, 0)),
    d(gen_tcp:recv(A, 0)),
    d(gen_tcp:send(A, <<"x">>)),
    ok = gen_tcp:close(A),
    ok = gen_tcp:close(L),
    d(flush()),

    %% list mode, active true
    {L2, C2, A2} = pair([list, {active, true}], [list, {active, true}]),
    ok = gen_tcp:send(C2, "ping"),
    receive {tcp, A2, D1} -> d(D1) after 2000 -> d(timeout) end,
    ok = gen_tcp:send(A2, <<"pong">>),
    receive {tcp, C2, D2} -> d(D2) after 2000 -> d(timeout) end,
    ok = gen_tcp:close(A2),
    receive {tcp_closed, C2} -> d(tcp_closed) after 2000 -> d(timeout) end,
    d(erlang:port_info(C2) =:= undefined),
    gen_tcp:close(C2),
    gen_tcp:close(L2),

    %% active once and N
    {L3, C3, A3} = pair([binary, {active, false}, {packet, 2}], [binary, {packet, 2}, {active, false}]),
    [ok = gen_tcp:send(C3, integer_to_list(N)) || N <- lists:seq(1, 5)],
    ok = inet:setopts(A3, [{active, once}]),
    receive {tcp, A3, M1} -> d(M1) after 2000 -> d(timeout) end,
    d(inet:getopts(A3, [active])),
    ok = inet:setopts(A3, [{active, 2}]),
    d(inet:getopts(A3, [active])),
    d([receive {tcp, A3, M} -> M after 2000 -> timeout end || _ <- [1, 2]]),
    receive {tcp_passive, A3} -> d(tcp_passive) after 2000 -> d(timeout) end,
    d(inet:getopts(A3, [active])),
    d(gen_tcp:recv(A3, 0)),
    d(gen_tcp:recv(A3, 0)),
    d(gen_tcp:recv(A3, 0, 10)),
    d(gen_tcp:recv(A3, 3)),
    gen_tcp:close(C3), gen_tcp:close(A3), gen_tcp:close(L3),

    %% controlling_process from a non-owner
    {ok, L4} = gen_tcp:listen(0, []),
    d(gen_tcp:accept(L4, 10)),
    Pid = spawn(fun() -> receive stop -> ok end end),
    d(gen_tcp:controlling_process(L4, Pid)),
    d(erlang:port_info(L4, connected) =:= {connected, Pid}),
    Pid ! stop,
    timer:sleep(50),
    d(erlang:port_info(L4)),
    %% refused connection
    {ok, L5} = gen_tcp:listen(0, []),
    {ok, P5} = inet:port(L5),
    ok = gen_tcp:close(L5),
    d(gen_tcp:connect({127,0,0,1}, P5, [])),
    d(inet:port(L5)),
    d(flush()),
    ok.
