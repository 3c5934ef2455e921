-module(ins_bs_match_string).
-export([main/0]).

id(X) -> X.

http(<<"HTTP/1.", V, " ", Code:3/binary, " ", Reason/binary>>) -> {V - $0, binary_to_integer(Code), Reason};
http(_) -> bad.

cmd(<<"SET ", Rest/binary>>) -> {set, kv(Rest)};
cmd(<<"GET ", Key/binary>>) -> {get, Key};
cmd(<<"DEL", _/binary>>) -> del;
cmd(<<"PING">>) -> pong;
cmd(_) -> unknown.

kv(B) -> kv(B, <<>>).
kv(<<"=", V/binary>>, K) -> {K, V};
kv(<<C, R/binary>>, K) -> kv(R, <<K/binary, C>>);
kv(<<>>, K) -> {K, undefined}.

hexdigits(<<>>) -> [];
hexdigits(<<"0x", R/binary>>) -> [prefix | hexdigits(R)];
hexdigits(<<C, R/binary>>) when C >= $0, C =< $9 -> [C - $0 | hexdigits(R)];
hexdigits(<<C, R/binary>>) when C >= $a, C =< $f -> [C - $a + 10 | hexdigits(R)];
hexdigits(<<_, R/binary>>) -> hexdigits(R).

main() ->
    erlang:display([http(id(X)) || X <- [<<"HTTP/1.1 200 OK">>, <<"HTTP/1.0 404 Not Found">>, <<"HTTP/2 200">>]]),
    erlang:display([cmd(id(X)) || X <- [<<"SET a=1">>, <<"SET novalue">>, <<"GET k">>, <<"DELETE x">>,
                                        <<"PING">>, <<"PINGX">>, <<>>]]),
    erlang:display(hexdigits(id(<<"0x1f, 0xab; zz 09">>))),
    erlang:display(case id(<<"abcdef">>) of <<"abc", _:1/binary, "ef">> -> matched; _ -> no end),
    erlang:display(case id(<<"abcdef">>) of <<"abd", _/binary>> -> wrong; <<_:3/binary, "def">> -> suffix end),
    ok.
