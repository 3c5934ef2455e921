-module(ins_bs_match).
-export([main/0]).

id(X) -> X.

ints(<<A:8, B:16/little, C:5, D:3, Rest/binary>>) -> {A, B, C, D, Rest};
ints(_) -> nomatch.

signed(<<A:8/signed, B:12/signed, C:4, D:32/signed-little>>) -> {A, B, C, D}.

floats(<<F32:32/float, F64:64/float, F16:16/float>>) -> {F32, F64, F16};
floats(<<F:64/float-little>>) -> {little, F};
floats(_) -> nofloat.

sized(<<N:8, Data:N/binary, Rest/bits>>) -> {N, Data, Rest}.

tail(<<_:3, T/bits>>) -> T.

str(<<"GET ", Path/binary>>) -> {get, Path};
str(<<"POST ", Path/binary>>) -> {post, Path};
str(<<C, _/binary>>) -> {other, C};
str(<<>>) -> empty.

skip(<<_:16, X:8, _/binary>>) -> X.

unit(<<X:3/unit:8, _/binary>>) -> X.

big(<<X:100, Y/bits>>) -> {X, Y}.

main() ->
    erlang:display(ints(id(<<1, 2, 3, 255, 9, 8>>))),
    erlang:display(ints(id(<<1, 2>>))),
    erlang:display(signed(id(<<255, 255, 15, 1, 2, 3, 128>>))),
    erlang:display(floats(id(<<1.5:32/float, 2.25:64/float, 0.5:16/float>>))),
    erlang:display(floats(id(<<3.0:64/float-little>>))),
    erlang:display(floats(id(<<255, 255, 255, 255, 255, 255, 255, 255>>))),
    erlang:display(floats(id(<<1, 2, 3>>))),
    erlang:display(sized(id(<<3, "abcdef">>))),
    erlang:display(sized(id(<<0, 1:1>>))),
    erlang:display(tail(id(<<255, 0>>))),
    erlang:display([str(id(X)) || X <- [<<"GET /a">>, <<"POST /b">>, <<"PUT">>, <<>>]]),
    erlang:display(skip(id(<<1, 2, 3, 4>>))),
    erlang:display(unit(id(<<1, 2, 3, 4>>))),
    erlang:display(big(id(<<(1 bsl 99 + 12345):100, 5:4>>))),
    <<A:4, B:4>> = id(<<16#AB>>),
    erlang:display({A, B}),
    erlang:display(catch (fun() -> <<_:8>> = id(<<1, 2>>) end)()),
    erlang:display([X || <<X:4>> <= id(<<16#12, 16#34, 16#5:4>>)]),
    erlang:display([{X, Y} || <<X:8, Y:8>> <= id(<<1, 2, 3, 4, 5>>)]),
    erlang:display(<< <<(X * 2)>> || <<X>> <= id(<<1, 2, 3>>) >>),
    erlang:display(<< <<X:4>> || X <- id([1, 2, 3]) >>),
    erlang:display(<< <<X:N>> || {X, N} <- id([{1, 1}, {3, 2}, {7, 3}]) >>),
    erlang:display(<< <<B/binary, B/binary>> || <<B:1/binary>> <= id(<<"ab">>) >>),
    ok.
