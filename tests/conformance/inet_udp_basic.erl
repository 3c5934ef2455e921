-module(inet_udp_basic).
-export([main/0]).

%% gen_udp over loopback: open/send/recv in passive and active modes,
%% list and binary data, active once and N, sockname, getopts/setopts.
%% Port numbers never printed.

d(X) -> erlang:display(X).

flush() -> receive M -> [M | flush()] after 100 -> [] end.

main() ->
    {ok, A} = gen_udp:open(0, [binary, {active, false}, {ip, {127,0,0,1}}]),
    {ok, B} = gen_udp:open(0, [{active, false}, {ip, {127,0,0,1}}]),
    {ok, PA} = inet:port(A),
    {ok, PB} = inet:port(B),
    d(ok =:= gen_udp:send(A, {127,0,0,1}, PB, <<"one">>)),
    {ok, {IP1, Port1, D1}} = gen_udp:recv(B, 0, 2000),
    d({IP1, Port1 =:= PA, D1}),
    ok = gen_udp:send(B, {127,0,0,1}, PA, ["tw", $o]),
    {ok, {IP2, Port2, D2}} = gen_udp:recv(A, 0, 2000),
    d({IP2, Port2 =:= PB, D2}),
    d(gen_udp:recv(A, 0, 20)),
    {ok, {SIp, SPort}} = inet:sockname(A),
    d({SIp, SPort =:= PA}),
    d(inet:getopts(A, [active, mode, header, read_packets])),
    %% active true, then once, then N
    ok = inet:setopts(B, [{active, true}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"three">>),
    receive {udp, B, IP3, P3, D3} -> d({IP3, P3 =:= PA, D3}) after 2000 -> d(timeout) end,
    ok = inet:setopts(B, [{active, once}, binary]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"four">>),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"five">>),
    receive {udp, B, _, _, D4} -> d(D4) after 2000 -> d(timeout) end,
    timer:sleep(50),
    d(inet:getopts(B, [active])),
    ok = inet:setopts(B, [{active, 2}]),
    ok = gen_udp:send(A, {127,0,0,1}, PB, <<"six">>),
    d([receive {udp, B, _, _, D} -> D after 2000 -> timeout end || _ <- [1, 2]]),
    receive {udp_passive, B} -> d(udp_passive) after 2000 -> d(timeout) end,
    %% header option: the first bytes as a list
    ok = inet:setopts(A, [{header, 2}]),
    ok = gen_udp:send(B, {127,0,0,1}, PA, <<"hdrdata">>),
    {ok, {_, _, D5}} = gen_udp:recv(A, 0, 2000),
    d(D5),
    d(inet:getstat(A, [recv_cnt, recv_oct, send_cnt, send_oct])),
    %% connected sockets: send/2 goes to the peer, peername
    ok = gen_udp:connect(A, {127,0,0,1}, PB),
    {ok, {PeerIp, PeerPort}} = inet:peername(A),
    d({PeerIp, PeerPort =:= PB}),
    ok = inet:setopts(B, [{active, false}]),
    ok = gen_udp:send(A, <<"connected">>),
    {ok, {_, _, D6}} = gen_udp:recv(B, 0, 2000),
    d(D6),
    d(inet:peername(B)),
    ok = gen_udp:close(A),
    ok = gen_udp:close(B),
    d(gen_udp:send(A, {127,0,0,1}, PB, <<"x">>)),
    d(flush()),
    ok.
