-module(bif_phash_binaries).
-export([main/0]).
%% erlang:phash2/1,2 and phash/2 on binaries, bitstrings, sub-binaries of
%% sub-binaries and large binaries; the same bytes hash the same however
%% they are stored.
d(X) -> erlang:display(X).
main() ->
    Bs = [<<>>, <<0>>, <<1, 2, 3>>, <<"hello world">>, binary:copy(<<"x">>, 63), binary:copy(<<"y">>, 64),
          binary:copy(<<"z">>, 65), binary:copy(<<1, 2, 3, 4, 5, 6, 7>>, 1000), <<1:1>>, <<5:3>>,
          <<1, 2, 3:5>>, <<"abc", 0:7>>],
    [d({byte_size(B), bit_size(B), erlang:phash2(B), erlang:phash2(B, 1000), erlang:phash(B, 1 bsl 32),
        erlang:phash(B, 7)}) || B <- Bs],
    Big = binary:copy(<<"0123456789abcdef">>, 100000),
    d({erlang:phash2(Big), erlang:phash(Big, 1 bsl 32)}),
    <<_:3, Shifted/bitstring>> = <<0:3, Big/binary>>,
    d(erlang:phash2(Shifted) =:= erlang:phash2(Big)),
    S1 = binary:part(Big, 100, 100000),
    S2 = binary:part(S1, 7, 5000),
    <<_:1, S3:4999/binary, _/bitstring>> = <<1:1, S2/binary, 1:7>>,
    d([erlang:phash2(X) || X <- [S1, S2, S3]]),
    d(erlang:phash2(S2) =:= erlang:phash2(binary:copy(S2))),
    d([erlang:phash2({B, [B]}) || B <- [<<>>, <<"k">>, <<1:1>>]]),
    d([erlang:phash2(B, R) || B <- [<<"abc">>, Big], R <- [1, 2, 1 bsl 27, (1 bsl 32)]]),
    d([catch erlang:phash2(x, R) || R <- [0, -1, 1 bsl 32 + 1, a]]),
    d([catch erlang:phash(x, R) || R <- [0, 1 bsl 32, 1 bsl 32 + 1, a]]),
    ok.
