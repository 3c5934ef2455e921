-module(bif_zlib).
-export([main/0]).

%% zlib over the system zlib: the one-shot functions, the stream API
%% (deflate/inflate with flushes, dictionaries, safeInflate, inflateChunk,
%% crc32, params), truncated and corrupt data, misuse errors.

t(F) -> try F() catch C:R -> {C, R} end.

data() -> iolist_to_binary([integer_to_list(I) ++ " bottles\n" || I <- lists:seq(1, 3000)]).

main() ->
    D = data(),
    C = zlib:compress(D),
    erlang:display([byte_size(D), byte_size(C), zlib:uncompress(C) =:= D, C =:= zlib:compress([D])]),
    erlang:display(zlib:compress(<<"hello">>)),
    erlang:display([zlib:zip(<<"hello">>), zlib:gzip(<<>>), zlib:compress([])]),
    erlang:display([zlib:unzip(zlib:zip(D)) =:= D, zlib:gunzip(zlib:gzip(D)) =:= D,
                    zlib:uncompress([binary:part(C, 0, 10), binary:part(C, 10, byte_size(C) - 10)]) =:= D]),
    %% concatenated gzip members
    erlang:display(zlib:gunzip([zlib:gzip(<<"ab">>), zlib:gzip(<<"cd">>)])),
    %% truncated and corrupt data
    G = zlib:gzip(D),
    erlang:display([t(fun() -> zlib:gunzip(binary:part(G, 0, byte_size(G) - 5)) end),
                    t(fun() -> zlib:gunzip(binary:part(G, 0, 100)) end),
                    t(fun() -> zlib:uncompress(binary:part(C, 0, byte_size(C) div 2)) end),
                    t(fun() -> zlib:uncompress(<<"not compressed at all">>) end),
                    t(fun() -> zlib:uncompress(<<1, 2, 3>>) end),
                    t(fun() -> zlib:unzip(<<255, 255, 255, 255>>) end),
                    t(fun() -> zlib:gunzip(<<31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2>>) end),
                    t(fun() -> zlib:uncompress(<<C/binary, "trailing">>) end),
                    t(fun() -> zlib:compress(an_atom) end), t(fun() -> zlib:uncompress(an_atom) end),
                    t(fun() -> zlib:gzip([1, 2, 300]) end)]),
    %% streams
    Z = zlib:open(),
    erlang:display(zlib:deflateInit(Z, best_compression)),
    P1 = zlib:deflate(Z, <<"first part ">>, sync),
    P2 = zlib:deflate(Z, [<<"second">>, " part"], full),
    P3 = zlib:deflate(Z, <<>>, finish),
    erlang:display([iolist_to_binary(P1), iolist_to_binary(P2), iolist_to_binary(P3), zlib:crc32(Z)]),
    erlang:display(zlib:deflateEnd(Z)),
    ok = zlib:inflateInit(Z),
    erlang:display(iolist_to_binary(zlib:inflate(Z, [P1, P2, P3]))),
    erlang:display([zlib:crc32(Z), zlib:inflateEnd(Z)]),
    erlang:display(t(fun() -> zlib:inflateEnd(Z) end)),
    erlang:display(zlib:close(Z)),
    erlang:display([t(fun() -> zlib:close(Z) end), t(fun() -> zlib:deflate(Z, <<"x">>) end)]),
    %% raw streams have a running crc32
    Z2 = zlib:open(),
    ok = zlib:deflateInit(Z2, default, deflated, -15, 8, default),
    R = zlib:deflate(Z2, <<"raw data">>, finish),
    erlang:display([zlib:crc32(Z2) =:= erlang:crc32(<<"raw data">>), iolist_to_binary(R)]),
    ok = zlib:deflateReset(Z2),
    erlang:display(iolist_to_binary(zlib:deflate(Z2, <<"again">>, finish))),
    ok = zlib:deflateEnd(Z2),
    ok = zlib:inflateInit(Z2, -15),
    erlang:display([zlib:inflate(Z2, R), zlib:crc32(Z2)]),
    ok = zlib:inflateReset(Z2),
    erlang:display(zlib:inflate(Z2, R)),
    ok = zlib:inflateEnd(Z2),
    zlib:close(Z2),
    %% dictionaries
    Dict = <<"bottles of beer on the wall">>,
    Z3 = zlib:open(),
    ok = zlib:deflateInit(Z3),
    Adler = zlib:deflateSetDictionary(Z3, Dict),
    DC = iolist_to_binary(zlib:deflate(Z3, <<"99 bottles of beer on the wall">>, finish)),
    ok = zlib:deflateEnd(Z3),
    erlang:display([Adler, DC]),
    ok = zlib:inflateInit(Z3),
    erlang:display(t(fun() -> zlib:inflate(Z3, DC) end)),
    erlang:display(zlib:inflateSetDictionary(Z3, Dict)),
    erlang:display(zlib:inflate(Z3, [])),
    ok = zlib:inflateEnd(Z3),
    ok = zlib:inflateInit(Z3),
    erlang:display(zlib:inflate(Z3, DC, [{exception_on_need_dict, false}])),
    ok = zlib:inflateSetDictionary(Z3, Dict),
    erlang:display([zlib:inflate(Z3, []), zlib:inflateGetDictionary(Z3)]),
    ok = zlib:inflateEnd(Z3),
    zlib:close(Z3),
    %% safeInflate and inflateChunk over a big input
    Z4 = zlib:open(),
    ok = zlib:inflateInit(Z4),
    erlang:display(collect_safe(Z4, zlib:safeInflate(Z4, C), 0, 0)),
    ok = zlib:inflateEnd(Z4),
    ok = zlib:inflateInit(Z4),
    erlang:display([zlib:getBufSize(Z4), zlib:setBufSize(Z4, 1000), zlib:getBufSize(Z4)]),
    erlang:display(collect_chunks(Z4, zlib:inflateChunk(Z4, C), 0, 0)),
    ok = zlib:inflateEnd(Z4),
    zlib:close(Z4),
    %% end-of-stream behaviours with data after the end
    Two = [zlib:compress(<<"one">>), zlib:compress(<<"two">>)],
    [begin
         Z6 = zlib:open(),
         ok = zlib:inflateInit(Z6, 15, Eos),
         R6 = t(fun() -> zlib:inflate(Z6, Two) end),
         E6 = t(fun() -> zlib:inflateEnd(Z6) end),
         zlib:close(Z6),
         erlang:display({Eos, R6, E6})
     end || Eos <- [error, reset, cut]],
    %% an unfinished stream ends in data_error; close without end is fine
    Z7 = zlib:open(),
    ok = zlib:inflateInit(Z7),
    Half = zlib:inflate(Z7, binary:part(C, 0, 100)),
    erlang:display([iolist_size(Half) > 0, t(fun() -> zlib:inflateEnd(Z7) end), zlib:close(Z7)]),
    %% deflateParams in the middle of a stream
    Z5 = zlib:open(),
    ok = zlib:deflateInit(Z5, none),
    A1 = zlib:deflate(Z5, D),
    ok = zlib:deflateParams(Z5, best_speed, filtered),
    A2 = zlib:deflate(Z5, D, finish),
    ok = zlib:deflateEnd(Z5),
    Both = iolist_to_binary([A1, A2]),
    erlang:display([byte_size(Both), zlib:uncompress(Both) =:= <<D/binary, D/binary>>]),
    %% misuse
    erlang:display([t(fun() -> zlib:inflate(Z5, <<"x">>) end), t(fun() -> zlib:deflateInit(Z5, 10) end),
                    t(fun() -> zlib:deflateInit(Z5, default, deflated, 7, 8, default) end),
                    t(fun() -> zlib:deflateInit(Z5, default, stored, 15, 8, default) end),
                    t(fun() -> zlib:deflateInit(Z5, default, deflated, 15, 10, default) end),
                    t(fun() -> zlib:deflateInit(Z5, default, deflated, 15, 8, bad) end),
                    t(fun() -> zlib:inflateInit(Z5, 15, bad) end), t(fun() -> zlib:crc32(Z5) end),
                    t(fun() -> zlib:deflate(Z5, <<>>, bad) end), t(fun() -> zlib:setBufSize(Z5, 1) end),
                    t(fun() -> zlib:deflate(make_ref(), <<>>) end), t(fun() -> zlib:close(make_ref()) end),
                    t(fun() -> zlib:crc32(Z5, <<"abc">>) end), t(fun() -> zlib:crc32(x, <<"abc">>) end)]),
    ok = zlib:deflateInit(Z5),
    erlang:display([t(fun() -> zlib:deflateInit(Z5) end), t(fun() -> zlib:inflateInit(Z5) end),
                    t(fun() -> zlib:deflate(Z5, [a]) end)]),
    _ = zlib:deflate(Z5, <<"pending">>),
    erlang:display(t(fun() -> zlib:deflateEnd(Z5) end)),
    %% another process may not use a stream it does not control
    Self = self(),
    spawn(fun() -> Self ! {other, t(fun() -> zlib:deflate(Z5, <<"x">>) end),
                            t(fun() -> zlib:set_controlling_process(Z5, self()) end)} end),
    receive {other, E1, E2} -> erlang:display([E1, E2]) end,
    ok = zlib:deflateInit(Z5),
    ok = zlib:set_controlling_process(Z5, spawn(fun() -> receive _ -> ok end end)),
    erlang:display(t(fun() -> zlib:deflate(Z5, <<"x">>) end)),
    ok.

collect_safe(Z, {continue, Out}, N, Bytes) -> collect_safe(Z, zlib:safeInflate(Z, []), N + 1, Bytes + iolist_size(Out));
collect_safe(_Z, {finished, Out}, N, Bytes) -> {N + 1, Bytes + iolist_size(Out)}.

collect_chunks(Z, {more, Out}, N, Bytes) -> collect_chunks(Z, zlib:inflateChunk(Z), N + 1, Bytes + iolist_size(Out));
collect_chunks(_Z, Out, N, Bytes) -> {N + 1, Bytes + iolist_size(Out)}.
