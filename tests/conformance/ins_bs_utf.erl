-module(ins_bs_utf).
-export([main/0]).

id(X) -> X.

dec8(<<C/utf8, R/binary>>, Acc) -> dec8(R, [C | Acc]);
dec8(<<>>, Acc) -> lists:reverse(Acc);
dec8(Bad, Acc) -> {bad, Bad, lists:reverse(Acc)}.

dec16(<<C/utf16, R/binary>>, Acc) -> dec16(R, [C | Acc]);
dec16(<<>>, Acc) -> lists:reverse(Acc);
dec16(Bad, Acc) -> {bad, Bad, lists:reverse(Acc)}.

dec16l(<<C/utf16-little, R/binary>>, Acc) -> dec16l(R, [C | Acc]);
dec16l(Rest, Acc) -> {lists:reverse(Acc), Rest}.

dec32(<<C/utf32, R/binary>>, Acc) -> dec32(R, [C | Acc]);
dec32(Rest, Acc) -> {lists:reverse(Acc), Rest}.

main() ->
    Cs = [$a, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#E9],
    B8 = << <<C/utf8>> || C <- Cs >>,
    erlang:display(B8),
    erlang:display(dec8(B8, [])),
    B16 = << <<C/utf16>> || C <- Cs >>,
    erlang:display(B16),
    erlang:display(dec16(B16, [])),
    B16L = << <<C/utf16-little>> || C <- Cs >>,
    erlang:display(B16L),
    erlang:display(dec16l(B16L, [])),
    B32 = << <<C/utf32>> || C <- Cs >>,
    erlang:display(dec32(B32, [])),
    erlang:display(<< <<C/utf32-little>> || C <- id([1, 16#10FFFF]) >>),
    erlang:display(dec8(id(<<16#C0, 16#80>>), [])),
    erlang:display(dec8(id(<<16#ED, 16#A0, 16#80>>), [])),
    erlang:display(dec8(id(<<16#F4, 16#90, 16#80, 16#80>>), [])),
    erlang:display(dec8(id(<<$a, 16#E0, 16#A0>>), [])),
    erlang:display(dec16(id(<<16#D8, 16#00, 16#00, 16#41>>), [])),
    erlang:display(dec32(id(<<16#110000:32>>), [])),
    erlang:display(dec32(id(<<16#D800:32>>), [])),
    erlang:display(catch <<(id(16#D800))/utf8>>),
    erlang:display(catch <<(id(16#110000))/utf16>>),
    erlang:display(catch <<(id(-1))/utf32>>),
    erlang:display(catch <<(id(a))/utf8>>),
    erlang:display(<<(id(16#1F600))/utf32-little>>),
    ok.
