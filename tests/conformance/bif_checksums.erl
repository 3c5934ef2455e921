-module(bif_checksums).
-export([main/0]).

%% erlang:crc32/1,2, crc32_combine/3, adler32/1,2, adler32_combine/3,
%% md5/1, md5_init/0, md5_update/2, md5_final/1 on iodata.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

main() ->
    Data = [<<"The quick brown fox">>, $\s, ["jumps", [<<" over">>]] | <<" the lazy dog">>],
    Flat = iolist_to_binary(Data),
    d([erlang:crc32(Data), erlang:crc32(Flat), erlang:crc32(<<>>), erlang:crc32([]),
       erlang:crc32(123, <<"abc">>), erlang:crc32(erlang:crc32(<<"ab">>), <<"c">>),
       erlang:crc32(<<"abc">>)]),
    d([erlang:adler32(Data), erlang:adler32(Flat), erlang:adler32(<<>>),
       erlang:adler32(erlang:adler32(<<"ab">>), "c"), erlang:adler32(<<"abc">>),
       erlang:adler32(16#FFFFFFFF, <<"x">>)]),
    A = <<"hello ">>, B = <<"world">>,
    d({erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), 5), erlang:crc32(<<A/binary, B/binary>>)}),
    d({erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), 5), erlang:adler32(<<A/binary, B/binary>>)}),
    d([erlang:crc32_combine(1, 2, 0), erlang:adler32_combine(1, 2, 0), erlang:adler32_combine(7, 9, 1)]),
    d(erlang:md5(Data)),
    d(erlang:md5(<<>>)),
    d(erlang:md5(Flat) =:= erlang:md5(Data)),
    Ctx0 = erlang:md5_init(),
    d(byte_size(Ctx0)),
    d(binary:part(Ctx0, 0, 24)),
    Ctx1 = erlang:md5_update(Ctx0, <<"The quick brown fox ">>),
    d(binary:part(Ctx1, 0, 24)),
    Ctx2 = erlang:md5_update(Ctx1, ["jumps over", <<" the lazy dog">>]),
    d(erlang:md5_final(Ctx2)),
    d(erlang:md5_final(Ctx1) =:= erlang:md5(<<"The quick brown fox ">>)),
    Long = binary:copy(<<"0123456789">>, 100001),
    d({erlang:crc32(Long), erlang:adler32(Long), erlang:md5(Long)}),
    Split = lists:foldl(fun(I, Ctx) -> erlang:md5_update(Ctx, binary:part(Long, I * 1000, 1000)) end,
                        erlang:md5_init(), lists:seq(0, 999)),
    d(erlang:md5_final(erlang:md5_update(Split, binary:part(Long, 1000000, 10))) =:= erlang:md5(Long)),
    <<_:3, U:10/binary, _:5>> = <<0, "0123456789">>,
    d({erlang:crc32(U), erlang:adler32(U), erlang:md5(U)}),
    [d(c(F)) || F <- [fun() -> erlang:crc32(foo) end,
                      fun() -> erlang:crc32([256]) end,
                      fun() -> erlang:crc32(<<1:1>>) end,
                      fun() -> erlang:crc32([<<1:1>>]) end,
                      fun() -> erlang:crc32(-1, <<>>) end,
                      fun() -> erlang:crc32(1 bsl 32, <<>>) end,
                      fun() -> erlang:crc32(1.0, <<>>) end,
                      fun() -> erlang:adler32([a]) end,
                      fun() -> erlang:adler32(-1, "a") end,
                      fun() -> erlang:crc32_combine(1, 2, -1) end,
                      fun() -> erlang:crc32_combine(1, 2, 1 bsl 32) end,
                      fun() -> erlang:adler32_combine(1 bsl 32, 2, 1) end,
                      fun() -> erlang:md5(foo) end,
                      fun() -> erlang:md5([-1]) end,
                      fun() -> erlang:md5_update(<<1, 2, 3>>, <<>>) end,
                      fun() -> erlang:md5_update(erlang:md5_init(), foo) end,
                      fun() -> erlang:md5_final(foo) end,
                      fun() -> erlang:md5_final(<<0:87/unit:8>>) end]],
    ok.
