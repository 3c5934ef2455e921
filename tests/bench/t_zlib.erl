-module(t_zlib).
-export([main/0]).
%% zlib:compress/uncompress, gzip/gunzip of the 10 MB log, and a deflate
%% stream fed in 64 kB chunks.
main() ->
    Log = bench_text_log:log(),
    T0 = erlang:monotonic_time(microsecond),
    C = zlib:compress(Log),
    U = zlib:uncompress(C),
    G = zlib:gzip(Log),
    Back = zlib:gunzip(G),
    Z = zlib:open(),
    ok = zlib:deflateInit(Z, best_speed),
    Parts = [zlib:deflate(Z, binary:part(Log, Off, min(65536, byte_size(Log) - Off)))
             || Off <- lists:seq(0, byte_size(Log) - 1, 65536)],
    Last = zlib:deflate(Z, <<>>, finish),
    zlib:close(Z),
    Streamed = iolist_to_binary([Parts, Last]),
    erlang:display({byte_size(C), U =:= Log, byte_size(G), Back =:= Log,
                    zlib:uncompress(Streamed) =:= Log, byte_size(Streamed)}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
