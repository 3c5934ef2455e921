%% The stock binary, base64, unicode (normalisation forms) and zlib modules:
%% every exported function once more with edge inputs and the errors erl
%% gives (error_info included, as printed by erlang:display).
-module(lib_text_modules_tour).
-export([main/0]).

d(X) -> erlang:display(X).

err(F) ->
    try F() of V -> {ok, V}
    catch C:R:S -> {C, R, [case L of [] -> {M, Fn, ar(A)}; _ -> {M, Fn, ar(A), [I || {error_info, _} = I <- L]} end
                          || {M, Fn, A, L} <- lists:sublist(S, 1)]}
    end.
ar(A) when is_list(A) -> length(A);
ar(A) -> A.

main() ->
    %% binary
    B = <<"abcabcabc">>,
    d([binary:at(B, 3), binary:first(B), binary:last(B), binary:part(B, {2, 3}),
       binary:part(B, 9, -3), binary:bin_to_list(B, {1, 4}), binary:list_to_bin([1, [2, <<3>>]]),
       binary:copy(<<"xy">>, 3), binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little),
       binary:encode_unsigned(65536), binary:encode_unsigned(65536, little),
       binary:longest_common_prefix([<<"abcd">>, <<"abxy">>]), binary:longest_common_suffix([<<"xbc">>, <<"abc">>]),
       binary:matches(B, [<<"bc">>, <<"c">>]), binary:match(B, <<"ca">>, [{scope, {3, 6}}]),
       binary:split(B, [<<"b">>], [global, trim_all]), binary:replace(B, <<"b">>, <<"[]">>, [global, {insert_replaced, 1}]),
       binary:referenced_byte_size(binary:part(B, 1, 2))]),
    Bad = [fun() -> binary:at(B, 9) end, fun() -> binary:part(B, 5, 5) end,
           fun() -> binary:first(<<>>) end, fun() -> binary:match(B, <<>>) end,
           fun() -> binary:split(B, []) end, fun() -> binary:copy(B, -1) end,
           fun() -> binary:decode_unsigned(<<1>>, middle) end, fun() -> binary:encode_unsigned(-1) end,
           fun() -> binary:compile_pattern([<<"a">>, <<>>]) end, fun() -> binary:bin_to_list(B, 3, 10) end,
           fun() -> binary:replace(B, <<"a">>, <<"x">>, [{insert_replaced, 9}]) end,
           fun() -> binary:longest_common_prefix([a]) end, fun() -> binary:matches(B, <<"a">>, [{scope, {0, 20}}]) end],
    [d(err(F)) || F <- Bad],
    %% base64
    Ins = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<0, 255, 128>>, "text list", list_to_binary(lists:seq(0, 255))],
    [d({E, base64:encode(E), base64:encode_to_string(E), base64:decode(base64:encode(E)),
        base64:decode_to_string(base64:encode_to_string(E))}) || E <- Ins],
    [d({M, err(fun() -> base64:mime_decode(M) end), err(fun() -> base64:decode(M) end),
        err(fun() -> base64:mime_decode_to_string(M) end)})
     || M <- [<<"Zm9v\r\nYmFy">>, <<"Zm9 vYg==">>, <<"Zm9vYg=">>, <<"Zm9vYg">>, <<"Zm9vYg==Zg==">>,
              <<"Z!m9v">>, "Zm9v\nYg==", <<"====">>, <<"Zg=\n=">>, <<"A">>]],
    d(err(fun() -> base64:encode(foo) end)),
    d(err(fun() -> base64:decode("Zm9v" ++ [300]) end)),
    %% unicode normalisation forms
    Ns = ["e\x{301}", "\x{e9}", "\x{fb01}", "\x{1e9b}\x{323}", <<"Å"/utf8>>, "\x{212b}", "한국어",
          ["a", <<"\x{301}"/utf8>>], "\x{2460}", ""],
    [d({N, unicode:characters_to_nfc_list(N), unicode:characters_to_nfd_list(N),
        unicode:characters_to_nfkc_list(N), unicode:characters_to_nfkd_list(N),
        unicode:characters_to_nfc_binary(N), unicode:characters_to_nfkd_binary(N)}) || N <- Ns],
    d(unicode:characters_to_nfc_list([$a, 16#110000])),
    d(unicode:characters_to_nfc_binary(<<"a", 255>>)),
    d(err(fun() -> unicode:characters_to_nfd_list(foo) end)),
    d(unicode:bom_to_encoding(<<16#FE, 16#FF, 0>>)),
    d(unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF>>)),
    d(unicode:bom_to_encoding(<<16#FF, 16#FE, 0, 0>>)),
    d(unicode:bom_to_encoding(<<"x">>)),
    d([unicode:encoding_to_bom(E) || E <- [utf8, {utf16, big}, {utf16, little}, {utf32, big}, {utf32, little}, latin1]]),
    %% zlib one-shots
    Data = binary:copy(<<"zlib data ">>, 500),
    d([byte_size(zlib:compress(Data)), zlib:uncompress(zlib:compress(Data)) =:= Data,
       byte_size(zlib:zip(Data)), zlib:unzip(zlib:zip(Data)) =:= Data,
       byte_size(zlib:gzip(Data)), zlib:gunzip(zlib:gzip(Data)) =:= Data,
       zlib:gunzip(zlib:gzip([<<"io">>, "list"])), zlib:compress(<<>>), zlib:zip(<<>>)]),
    d(err(fun() -> zlib:uncompress(<<1, 2>>) end)),
    d(err(fun() -> zlib:gunzip(binary:part(zlib:gzip(Data), 0, 20)) end)),
    d(err(fun() -> zlib:compress(foo) end)),
    ok.
