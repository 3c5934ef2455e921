-module(lib_base64_edges).
-export([main/0]).
%% The stock base64 module: encode/decode of lists and binaries, padding,
%% mime_decode's tolerance, errors.
d(X) -> erlang:display(X).
main() ->
    Ins = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<0, 255, 128>>, list_to_binary(lists:seq(0, 255))],
    [d({I, base64:encode(I), base64:encode_to_string(I), base64:decode(base64:encode(I)) =:= I}) || I <- Ins],
    [d({S, catch base64:decode(S), catch base64:mime_decode(S), catch base64:decode_to_string(S)})
     || S <- [<<"Zm9v">>, "Zm9v", <<"Zm8=">>, <<"Zg==">>, <<"Zg">>, <<"Zg=">>, <<"Z">>, <<"Zm9v\nYmFy">>,
              <<"Zm 9v">>, <<"Zm9v====">>, <<"Zm9v!">>, <<"=Zm9">>, <<"Zm9vYg=\n=">>, <<"">>, [$Z, $m, 0]]],
    d(base64:encode("abc")),
    d(catch base64:encode(abc)),
    d(byte_size(base64:encode(binary:copy(<<"x">>, 100000)))),
    d(base64:mime_decode_to_string(<<"YW\r\nJj">>)),
    ok.
