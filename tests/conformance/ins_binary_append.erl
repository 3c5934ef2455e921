-module(ins_binary_append).
-export([main/0]).
%% <<Acc/binary, ...>> appends (extended in place when possible): every
%% version of the accumulator must keep its own contents, whatever is
%% appended to it or to its successors later.
main() ->
    %% A long chain, then branches from old versions.
    B1 = build(300, <<>>),
    erlang:display({byte_size(B1), erlang:phash2(B1)}),
    Old = build(100, <<>>),
    New1 = <<Old/binary, "first">>,
    New2 = <<Old/binary, "second">>,
    New3 = <<New1/binary, 1, 2, 3>>,
    erlang:display([byte_size(Old), part(New1, 300, 5), part(New2, 300, 6),
                    part(New3, 300, 8), erlang:phash2(Old)]),
    %% Appending to a sub binary, a literal, a heap binary.
    <<_:3/binary, Sub/binary>> = B1,
    S2 = <<Sub/binary, "tail">>,
    erlang:display({byte_size(S2), part(S2, byte_size(S2) - 6, 6)}),
    Lit = <<"literal">>,
    erlang:display(<<Lit/binary, "+more">>),
    %% Bitstrings: not whole bytes on either side.
    Bits = <<1:3>>,
    erlang:display(<<Bits/bitstring, 5:5>>),
    erlang:display(<<B1/binary, 1:1>> =:= <<B1/bitstring, 1:1>>),
    Grow = lists:foldl(fun(I, Acc) -> <<Acc/bitstring, I:3>> end, <<>>, lists:seq(1, 20)),
    erlang:display(Grow),
    %% Appending in a loop from two interleaved accumulators.
    {A, B} = two(50, <<>>, <<"b">>),
    erlang:display({byte_size(A), byte_size(B), erlang:phash2({A, B})}),
    %% Errors keep erl's reasons.
    erlang:display(catch <<(list_to_atom("x"))/binary, 1>>),
    erlang:display(catch <<Bits/binary, 1>>),
    ok.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, N:16, (N band 255)>>).

two(0, A, B) -> {A, B};
two(N, A, B) ->
    A1 = <<A/binary, N>>,
    B1 = <<B/binary, A1/binary>>,
    two(N - 1, A1, part(B1, 0, min(byte_size(B1), 40))).

part(B, Pos, Len) ->
    <<_:Pos/binary, P:Len/binary, _/binary>> = B,
    P.
