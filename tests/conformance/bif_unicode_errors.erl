-module(bif_unicode_errors).
-export([main/0]).

%% {error, ...} and {incomplete, ...} results and badarg cases of
%% unicode:characters_to_list/2 and characters_to_binary/2.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R:S -> {C, R, hd(S)}
    end.

both(Data, Enc) ->
    d({Data, Enc}),
    d(c(fun() -> unicode:characters_to_binary(Data, Enc) end)),
    d(c(fun() -> unicode:characters_to_list(Data, Enc) end)).

main() ->
    %% invalid UTF-8 in binaries
    both(<<"ab", 255, "cd">>, utf8),
    both(<<"ab", 16#80, "cd">>, utf8),
    both(<<16#C0, 16#80>>, utf8),            % overlong
    both(<<16#C1, 16#BF>>, utf8),
    both(<<16#E0, 16#80, 16#80>>, utf8),
    both(<<16#E0, 16#9F, 16#BF>>, utf8),
    both(<<16#ED, 16#A0, 16#80>>, utf8),     % surrogate D800
    both(<<16#ED, 16#BF, 16#BF>>, utf8),     % surrogate DFFF
    both(<<16#ED, 16#9F, 16#BF>>, utf8),     % D7FF is fine
    both(<<16#F0, 16#80, 16#80, 16#80>>, utf8),
    both(<<16#F4, 16#90, 16#80, 16#80>>, utf8),  % > 10FFFF
    both(<<16#F5, 16#80, 16#80, 16#80>>, utf8),
    both(<<16#F8, 16#80, 16#80, 16#80, 16#80>>, utf8),
    both(<<16#E2, 16#28, 16#A1>>, utf8),
    %% truncated at the end: incomplete or error
    both(<<"x", 16#E2, 16#82>>, utf8),
    both(<<"x", 16#E2>>, utf8),
    both(<<"x", 16#C3>>, utf8),
    both(<<"x", 16#C0>>, utf8),
    both(<<"x", 16#F0, 16#9F, 16#98>>, utf8),
    both(<<"x", 16#F0, 16#9F>>, utf8),
    both(<<"x", 16#F0>>, utf8),
    both(<<"x", 16#F0, 16#41>>, utf8),
    both(<<"x", 16#F0, 16#9F, 16#41>>, utf8),
    both(<<"x", 16#E2, 16#41>>, utf8),
    both(<<"x", 16#E0, 16#80>>, utf8),
    %% split across binaries
    both([<<16#E2>>, <<16#82, 16#AC>>], utf8),
    both([<<16#E2, 16#82>>, <<16#AC, "z">>], utf8),
    both([<<16#E2>>, <<16#82>>, <<16#AC>>], utf8),
    both([<<16#E2>>, <<>>, <<16#82>>, [<<16#AC>>]], utf8),
    both([<<16#E2>>, <<16#41>>], utf8),
    both([<<16#E2>>, <<16#82>>, <<16#41>>], utf8),
    both([<<16#E2>>, 16#41], utf8),
    both([<<16#E2>>, [16#41, 16#42], <<"c">>], utf8),
    both([<<16#E2>>, <<16#82>>], utf8),
    both([<<16#E2, 16#82>> | <<16#AC>>], utf8),
    both([<<16#E2>>, <<16#28, 16#A1>>], utf8),
    both([<<16#F0>>, <<16#9F>>, <<16#98>>, <<16#80>>], utf8),
    both([<<16#ED>>, <<16#A0, 16#80>>], utf8),
    %% invalid integers
    both([$a, 16#D800, $b], utf8),
    both([$a, 16#DFFF], unicode),
    both([$a, 16#110000], utf8),
    both([$a, -1], utf8),
    both([$a, 256, $b], latin1),
    both([$a, [$b, [$c, 300, $d], $e], $f], latin1),
    both([1, [2, <<"a", 255, "b">>, 3], 4], utf8),
    both([[[<<255>>]]], utf8),
    both([<<"a", 255>>], utf8),
    both([<<"ok">> | <<"a", 255, "b">>], utf8),
    both([[$x | <<255>>], $y], utf8),
    both([1 bsl 64, foo], utf8),
    both([$a, [1 bsl 64], bar], latin1),
    %% badarg
    both(foo, utf8),
    both(foo, latin1),
    both([foo], utf8),
    both([$a | foo], utf8),
    both([$a, 1.0], utf8),
    both([<<1:7>>], utf8),
    both(<<1:7>>, utf8),
    both(<<1:7>>, latin1),
    both([$a, {}], latin1),
    both([foo, 1 bsl 64], utf8),
    both("abc", foo),
    both("abc", {utf16, middle}),
    d(c(fun() -> unicode:characters_to_list(foo) end)),
    d(c(fun() -> unicode:characters_to_binary(foo) end)),
    d(c(fun() -> unicode:characters_to_binary(foo, utf8, utf8) end)),
    d(c(fun() -> unicode:characters_to_binary("a", utf8, bar) end)),
    d(c(fun() -> unicode:characters_to_binary([a], latin1, utf16) end)),
    d(c(fun() -> unicode:characters_to_list(<<"a", 255>>) end)),
    d(c(fun() -> unicode:characters_to_binary(<<"a", 255>>) end)),
    ok.
