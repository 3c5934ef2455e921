-module(ins_bs_tail).
-export([main/0]).

id(X) -> X.

%% Matching that keeps the match context across calls and returns tails.
split(Bin, Sep) -> split(Bin, Sep, <<>>, []).
split(<<>>, _, Cur, Acc) -> lists:reverse([Cur | Acc]);
split(<<Sep, Rest/binary>>, Sep, Cur, Acc) -> split(Rest, Sep, <<>>, [Cur | Acc]);
split(<<C, Rest/binary>>, Sep, Cur, Acc) -> split(Rest, Sep, <<Cur/binary, C>>, Acc).

count(<<>>, N) -> N;
count(<<_, R/binary>>, N) -> count(R, N + 1).

take_while(<<C, R/binary>>, Acc) when C >= $0, C =< $9 -> take_while(R, Acc * 10 + C - $0);
take_while(R, Acc) -> {Acc, R}.

parse_kv(Bin) ->
    case Bin of
        <<K:3/binary, "=", V/binary>> -> {K, V};
        <<K:2/binary, "=", V/binary>> -> {K, V};
        _ -> bad
    end.

main() ->
    erlang:display(split(id(<<"a,bb,,ccc">>), $,)),
    erlang:display(count(id(<<0:8000>>), 0)),
    erlang:display(take_while(id(<<"12345abc">>), 0)),
    erlang:display(take_while(id(<<"x">>), 0)),
    erlang:display([parse_kv(id(X)) || X <- [<<"abc=1">>, <<"ab=22">>, <<"a=3">>]]),
    Sub = binary_part(id(<<"hello world">>), 6, 5),
    erlang:display(Sub),
    erlang:display(count(Sub, 0)),
    <<H:5/binary, _/binary>> = id(<<"hello world">>),
    erlang:display(H),
    erlang:display(catch binary_part(id(<<"abc">>), 2, 5)),
    erlang:display(binary_part(id(<<"abc">>), 3, -2)),
    ok.
