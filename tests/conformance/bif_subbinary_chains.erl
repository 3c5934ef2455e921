-module(bif_subbinary_chains).
-export([main/0]).
%% Sub-binaries of sub-binaries (binary:part, split_binary, matching at bit
%% offsets) keep the right bytes through every BIF that reads binaries.
d(X) -> erlang:display(X).
main() ->
    Base = list_to_binary(lists:seq(0, 255)),
    Big = binary:copy(Base, 400),
    P1 = binary:part(Big, 1000, 50000),
    P2 = binary:part(P1, {byte_size(P1) - 100, -200}),
    P3 = binary:part(P1, 7, 300),
    {A, B} = split_binary(P3, 150),
    <<_:5, Odd:100/binary, _/bitstring>> = P1,
    <<_:3, Bits:37/bitstring, _/bitstring>> = P3,
    Parts = [P1, P2, P3, A, B, Odd],
    [d({byte_size(X), bit_size(X), binary:first(X), binary:last(X), binary:at(X, 3),
        erlang:crc32(X), erlang:md5(X) =:= erlang:md5(binary:copy(X))}) || X <- Parts],
    d({bit_size(Bits), Bits}),
    d([binary_to_list(X, 1, 5) || X <- [A, B, Odd]]),
    d([binary:match(X, <<200, 201>>) || X <- Parts]),
    d([length(binary:split(X, <<0>>, [global])) || X <- Parts]),
    d(iolist_to_binary([A, B]) =:= P3),
    d(list_to_binary([Odd, [A], B]) =:= <<Odd/binary, P3/binary>>),
    d(binary_to_term(term_to_binary({Odd, Bits})) =:= {Odd, Bits}),
    d(term_to_binary(Odd) =:= term_to_binary(binary:copy(Odd))),
    d(binary:longest_common_prefix([P1, Big])),
    d(binary:longest_common_suffix([B, P3])),
    d({binary:decode_unsigned(binary:part(Odd, 0, 9)), binary:decode_unsigned(binary:part(Odd, 0, 9), little)}),
    d(binary:bin_to_list(Odd, {10, 5})),
    d(unicode:characters_to_list(binary:part(Base, 32, 90))),
    d(re:run(Odd, <<"[\\x{40}-\\x{45}]+">>, [{capture, all, binary}])),
    d([<< <<(X + 1)>> || <<X>> <= A >> =:= binary:part(Big, 1008, 150)]),
    ok.
