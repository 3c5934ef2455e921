-module(lib_io_lib_unicode).
-export([main/0]).
%% io_lib:format with ~ts, ~tp, ~tw, ~tc, ~ls and field widths on unicode
%% data; printable ranges of lists and binaries.
d(X) -> erlang:display(X).
f(F, A) -> d(unicode:characters_to_binary(io_lib:format(F, A))).
main() ->
    U = [104, 233, 8364, 128512],
    B = unicode:characters_to_binary(U),
    f("~ts|~s|~tp|~p|~tw|~w", [U, [104, 233], U, U, U, U]),
    f("~ts|~tp|~p", [B, B, B]),
    f("[~10ts]|[~-10ts]|[~.2ts]|[~10.3ts]|[~*ts]", [U, U, U, U, 7, B]),
    f("~tc~tc~c", [8364, 128512, 233]),
    f("~tp~n", [[{key, U}, #{U => B}, {'é€', <<"é"/utf8>>}]]),
    f("~tp", [[U, U, U, U, U, U, U, U, U, U, U, U]]),
    f("~ts", [[<<"mixed ">>, [$l, $i, $s, $t], <<"€"/utf8>>]]),
    f("~p ~tp", ['atom€', 'atom€']),
    f("~tP", [[U, [U, [U, [U]]]], 4]),
    f("~tW", [{U, [B]}, 3]),
    f("~p|~tp", [<<255, 254>>, <<255, 254>>]),
    f("~p|~tp", [[1, 2, 3], [0, 9, 10, 11]]),
    d(io_lib:printable_unicode_list(U)),
    d(io_lib:printable_latin1_list(U)),
    d(io_lib:printable_list([8364])),
    d(io_lib:write_string(U)),
    d(io_lib:write_string_as_latin1(U)),
    ok.
