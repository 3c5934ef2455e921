%% boot-check: the stock zip module with files (needs the file server, so it
%% runs through the boot). Each function works in the current directory,
%% which boot-check empties before every command line. Nothing printed
%% depends on the time (archives hold the files' modification times).
-module(zipt).
-export([create/0, extract/0, server/0, errors/0]).

-include_lib("kernel/include/file.hrl").

p(T) -> io:format("~p~n", [T]).

setup() ->
    ok = file:write_file("one.txt", <<"first file\n">>),
    ok = file:make_dir("sub"),
    ok = file:write_file("sub/two.dat", binary:copy(<<1, 2, 3, 4>>, 5000)),
    ok = file:make_dir("sub/deeper"),
    ok = file:write_file("sub/deeper/three.txt", <<"third">>),
    ok = file:write_file("four.gz", zlib:gzip(<<"xx">>)).

entry({zip_comment, C}) -> {comment, C};
entry({zip_file, N, I, C, Off, CSize}) ->
    {N, I#file_info.size, I#file_info.type, C, Off, CSize}.

create() ->
    setup(),
    p(zip:create("arch.zip", ["one.txt", "sub", "four.gz"])),
    {ok, Info} = file:read_file_info("arch.zip"),
    p(Info#file_info.size),
    {ok, L} = zip:list_dir("arch.zip"),
    p([entry(E) || E <- L]),
    {ok, T} = zip:table("arch.zip"),
    p(length(T)),
    p(zip:zip("z2.zip", ["one.txt", "sub/two.dat"], [{compress, [".txt"]}])),
    p(zip:list_dir("z2.zip", [cooked]) =/= error),
    p(zip:create("z3.zip", ["two.dat"], [{cwd, "sub"}])),
    p([element(2, E) || E <- element(2, zip:list_dir("z3.zip")), element(1, E) =:= zip_file]),
    {error, {'EXIT', {Mixed, _}}} =
        zip:create("sub/inner.zip", [{"mem.txt", <<"from memory">>}, "one.txt"]),
    p(Mixed),
    p(zip:unzip("sub/inner.zip", [memory])),
    p(zip:create("z4.zip", ["missing.txt"])),
    p(zip:create("z5.zip", ["one.txt"], [{comment, "note"}])),
    p(hd(element(2, zip:list_dir("z5.zip")))),
    p(zip:t("arch.zip")),
    ok.

extract() ->
    setup(),
    {ok, "a.zip"} = zip:create("a.zip", ["one.txt", "sub", "four.gz"]),
    ok = file:make_dir("out"),
    p(zip:extract("a.zip", [{cwd, "out"}])),
    p(file:read_file("out/sub/two.dat") =:= file:read_file("sub/two.dat")),
    p(file:list_dir("out/sub") =/= error),
    p(zip:extract("a.zip", [{cwd, "out"}, keep_old_files])),
    ok = file:write_file("out/one.txt", <<"changed">>),
    p(zip:extract("a.zip", [{cwd, "out"}, {file_list, ["one.txt"]}])),
    p(file:read_file("out/one.txt")),
    p(zip:unzip("a.zip", [{cwd, "out"}, {file_list, ["sub/deeper/three.txt", "four.gz"]}])),
    p(zip:unzip("a.zip", [memory, {file_list, ["one.txt"]}])),
    p(zip:extract("a.zip", [{cwd, "out"}, {file_filter,
        fun(F) -> lists:suffix(".gz", element(2, F)) end}])),
    {ok, InMem} = zip:unzip("a.zip", [memory, {cwd, "ignored"}]),
    p([{N, byte_size(B), erlang:crc32(B)} || {N, B} <- InMem]),
    ok = file:set_cwd("out"),
    p(zip:unzip("../a.zip", [{file_list, ["one.txt"]}])),
    ok = file:set_cwd(".."),
    {ok, Bin} = file:read_file("a.zip"),
    ok = file:make_dir("out2"),
    p(zip:extract(Bin, [{cwd, "out2"}])),
    p(file:read_file("out2/sub/deeper/three.txt")),
    p(zip:foldl(fun(N, GI, GB, Acc) -> [{N, (GI())#file_info.size, byte_size(GB())} | Acc] end,
                [], "a.zip")),
    ok.

server() ->
    setup(),
    {ok, "s.zip"} = zip:zip("s.zip", ["one.txt", "sub"]),
    {ok, H} = zip:zip_open("s.zip"),
    p(zip:zip_get("one.txt", H)),
    {ok, All} = zip:zip_get(H),
    p(lists:sort(All)),
    {ok, D} = zip:zip_list_dir(H),
    p([entry(E) || E <- D]),
    p(zip:zip_get("nope", H)),
    p(zip:zip_close(H)),
    ok = file:make_dir("o"),
    {ok, H2} = zip:zip_open("s.zip", [{cwd, "o"}]),
    p(zip:zip_get("sub/deeper/three.txt", H2)),
    p(file:read_file("o/sub/deeper/three.txt")),
    p(zip:zip_close(H2)),
    {ok, H3} = zip:zip_open("s.zip", [memory]),
    p(zip:zip_get("sub/two.dat", H3) =:= {ok, {"sub/two.dat", binary:copy(<<1, 2, 3, 4>>, 5000)}}),
    p(zip:zip_close(H3)),
    ok.

errors() ->
    p(zip:unzip("nonexistent.zip")),
    p(zip:list_dir("nonexistent.zip")),
    p(zip:zip_open("nonexistent.zip")),
    ok = file:write_file("bad.zip", <<"PK", 5, 6, 0:(18 * 8)>>),
    p(zip:list_dir("bad.zip")),
    ok = file:write_file("junk.zip", binary:copy(<<"junk">>, 100)),
    p(zip:unzip("junk.zip")),
    ok = file:write_file("one.txt", <<"x">>),
    {ok, "t.zip"} = zip:create("t.zip", ["one.txt"]),
    {ok, B} = file:read_file("t.zip"),
    ok = file:write_file("short.zip", binary:part(B, 0, byte_size(B) - 10)),
    p(zip:unzip("short.zip")),
    ok.
