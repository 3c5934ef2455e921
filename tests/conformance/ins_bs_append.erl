-module(ins_bs_append).
-export([main/0]).

id(X) -> X.

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, N:8>>).

build_bits(0, Acc) -> Acc;
build_bits(N, Acc) -> build_bits(N - 1, <<Acc/bits, (N rem 2):1>>).

join([], Acc) -> Acc;
join([H | T], Acc) -> join(T, <<Acc/binary, H/binary, ",">>).

main() ->
    B = build(300, <<>>),
    erlang:display(byte_size(B)),
    erlang:display(erlang:phash2(B)),
    erlang:display(build(5, <<"x">>)),
    BB = build_bits(21, <<>>),
    erlang:display(BB),
    erlang:display(join([<<"a">>, <<"bb">>, <<"ccc">>], <<>>)),
    Base = id(<<"base">>),
    X1 = <<Base/binary, "1">>,
    X2 = <<Base/binary, "2">>,
    erlang:display({Base, X1, X2}),
    erlang:display(catch <<(id(notbin))/binary, "x">>),
    L = [<<I:16>> || I <- lists:seq(1, 1000)],
    All = lists:foldl(fun(E, Acc) -> <<Acc/binary, E/binary>> end, <<>>, L),
    erlang:display({byte_size(All), erlang:phash2(All)}),
    ok.
