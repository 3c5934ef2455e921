-module(bif_iovec).
%% erlang:iolist_to_iovec/1 (ERTS's grouping of bytes and binaries) and
%% erlang:term_to_iovec/1,2 (large binaries by reference; compressed: a binary).
-export([main/0]).
main() ->
    B=binary:copy(<<"x">>,100), C=binary:copy(<<"c">>,300), D=binary:copy(<<"d">>,256),E=binary:copy(<<"e">>,257),
    F = [[byte_size(X) || X <- erlang:iolist_to_iovec(L)] || L <- [[B, "abc", [<<"de">>], <<>>, binary:part(B,1,70)], [C], [1,C,2], [C,C], [D], [E], [1,E], [binary:part(C,1,280)], [binary:part(C,1,256)], [binary:part(C,3,257)], [<<1>>,E,<<2>>,[3]], [binary:copy(<<"q">>,100000), 1], C, B, <<"ab">>, lists:duplicate(100, B), lists:duplicate(30, C), [lists:seq(1,200) || _ <- lists:seq(1,100)]]],
    erlang:display(F),
    erlang:display(erlang:iolist_to_iovec([B, "abc", [<<"de">>], <<>>, binary:part(B,1,70)])),
    erlang:display([catch erlang:iolist_to_iovec(X) || X <- [x, <<1:1>>, [<<1:1>>], [256], [-1], [a], [1|2], [[]|<<1>>]]]),
    S = binary:part(B, 10, 80),
    erlang:display([[byte_size(X) || X <- erlang:term_to_iovec(T)] || T <- [a, {a,B}, [B,binary:copy(<<"y">>, 64),1], {S}, {B,<<1:3>>}, binary:copy(<<"z">>,65), binary:copy(<<"z">>,3000), <<B/binary, 1:4>>, {S, S, <<S/binary, 1:1>>}]]),
    erlang:display(erlang:term_to_iovec({B, S})),
    erlang:display(erlang:term_to_iovec(a, [compressed])),
    erlang:display(erlang:term_to_iovec({B,B}, [{compressed, 9}])),
    erlang:display(erlang:term_to_iovec({B,B}, [{compressed, 0}])),
    erlang:display(catch erlang:term_to_iovec(a, [bad])),
    erlang:display(iolist_to_binary(erlang:term_to_iovec({B,B,[S,S]}, [{minor_version,0}, deterministic])) =:= term_to_binary({B,B,[S,S]}, [{minor_version,0}])),
    ok.
