-module(lib_base64_2).
-export([main/0]).

main() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
              <<0, 255, 128, 64>>, list_to_binary(lists:seq(0, 255))],
    Enc = [base64:encode(I) || I <- Inputs],
    erlang:display(Enc),
    erlang:display([base64:decode(E) =:= I || {E, I} <- lists:zip(Enc, Inputs)]),
    erlang:display(base64:encode_to_string("hello world")),
    erlang:display(base64:decode_to_string("aGVsbG8gd29ybGQ=")),
    erlang:display(base64:mime_decode(<<"aGVs\nbG8=\r\n">>)),
    erlang:display(base64:mime_decode_to_string("aGVs bG8=")),
    erlang:display(catch base64:decode(<<"a">>)),
    erlang:display(catch base64:decode(<<"a===">>)),
    erlang:display(catch base64:decode(<<"@@@@">>)),
    erlang:display(base64:encode(<<"ab?>">>)),
    Big = list_to_binary([X rem 256 || X <- lists:seq(1, 10000)]),
    erlang:display(erlang:phash2(base64:encode(Big))),
    erlang:display(base64:decode(base64:encode(Big)) =:= Big),
    ok.
