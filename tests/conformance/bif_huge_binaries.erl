-module(bif_huge_binaries).
-export([main/0]).
%% 64 MB binaries: size, parts at the far end, search near the end, split,
%% copy, crc, conversions of the tail, append to a huge binary.
d(X) -> erlang:display(X).
main() ->
    Big = binary:copy(<<"0123456789abcdef">>, 4 * 1024 * 1024),
    d({byte_size(Big), bit_size(Big)}),
    End = byte_size(Big),
    d(binary:part(Big, End - 5, 5)),
    d(binary:part(Big, {End, -3})),
    Tail = <<Big/binary, "NEEDLE">>,
    d(binary:match(Tail, <<"NEEDLE">>)),
    d(binary:match(Tail, [<<"NEEDLE">>, <<"XYZ">>])),
    d(re:run(Tail, <<"NEE(D)LE">>, [{capture, all, index}])),
    d(length(binary:split(Big, <<"f0">>, [global]))),
    d(erlang:crc32(Big)),
    d(erlang:adler32(Big)),
    d(erlang:md5(Big)),
    {A, B} = split_binary(Big, End div 2),
    d({byte_size(A), byte_size(B), binary:first(B), binary:last(A)}),
    d(binary_to_list(Big, End - 3, End)),
    d(unicode:characters_to_list(binary:part(Big, End - 16, 16))),
    d(byte_size(term_to_binary(Big))),
    d(binary_to_term(term_to_binary(binary:part(Big, 1, 100000))) =:= binary:part(Big, 1, 100000)),
    d(erlang:phash2(Big)),
    d(iolist_size([Big, Big, <<1>>])),
    ok.
