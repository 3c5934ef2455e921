-module(lib_binary_stdlib).
-export([main/0]).
%% The Erlang half of the binary module on the BIFs: replace/3,4 with
%% every option, encode_hex/decode_hex, bin_to_list, split with scope.
d(X) -> erlang:display(X).
main() ->
    S = <<"the cat sat on the mat">>,
    d(binary:replace(S, <<"at">>, <<"og">>)),
    d(binary:replace(S, <<"at">>, <<"og">>, [global])),
    d(binary:replace(S, [<<"at">>, <<"the">>], <<"[]">>, [global, {insert_replaced, 1}])),
    d(binary:replace(S, <<"at">>, <<"<>">>, [global, {insert_replaced, [0, 2]}])),
    d(binary:replace(S, <<"at">>, <<"X">>, [{scope, {10, 12}}, global])),
    d(catch binary:replace(S, <<>>, <<"X">>)),
    d(catch binary:replace(S, <<"a">>, <<"X">>, [{insert_replaced, 99}])),
    d(binary:encode_hex(<<1, 171, 255, 0>>)),
    d(binary:decode_hex(<<"01abFF00">>)),
    d(catch binary:decode_hex(<<"0">>)),
    d(catch binary:decode_hex(<<"zz">>)),
    d(binary:bin_to_list(S, 4, 3)),
    d(catch binary:bin_to_list(S, 30, 1)),
    d(binary:split(S, <<" ">>, [global, {scope, {4, 10}}])),
    d(binary:split(S, [<<" ">>, <<"t">>], [global, trim_all])),
    d(binary:matches(S, [<<"a">>, <<"at">>, <<"t o">>])),
    d(binary:match(S, [<<"sat">>, <<"at">>], [{scope, {byte_size(S), -10}}])),
    d(binary:copy(<<"ab">>, 3)),
    d(binary:list_to_bin([1, [2, <<3>>]])),
    d(binary:longest_common_prefix([<<"abcd">>, <<"abxx">>, <<"ab">>])),
    d(binary:encode_unsigned(1 bsl 70, little)),
    ok.
