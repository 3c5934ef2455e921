-module(t_unicode).
-export([main/0]).
%% unicode:characters_to_binary on 10 MB: latin-1 to UTF-8, UTF-8
%% validation, a 1M-character list, and characters_to_list of 1 MB.
main() ->
    Latin = << <<(C rem 190 + 32)>> || C <- lists:seq(1, 10 * 1024 * 1024) >>,
    Chars = [C rem 1000 + 32 || C <- lists:seq(1, 1000000)],
    T0 = erlang:monotonic_time(microsecond),
    Utf8 = unicode:characters_to_binary(Latin, latin1, utf8),
    Same = unicode:characters_to_binary(Utf8),
    FromList = unicode:characters_to_binary(Chars),
    Back = unicode:characters_to_list(binary:part(Utf8, 0, 1000000)),
    erlang:display({byte_size(Utf8), Same =:= Utf8, byte_size(FromList), length(Back),
                    erlang:phash2(FromList)}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
