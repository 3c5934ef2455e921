%% The stock zip module in memory (no file server needed): zip:create/3 with
%% `memory` and fixed file infos (so the archive bytes are deterministic and
%% compared through their CRC-32), compress/uncompress choices, comments,
%% extract/unzip with file lists and filters, list_dir, table, foldl, the
%% zip_open/zip_get/zip_list_dir/zip_close server, and the errors erl gives
%% for garbage, truncated and corrupted archives.
-module(lib_zip_memory).
-export([main/0]).

-include_lib("kernel/include/file.hrl").
-include_lib("stdlib/include/zip.hrl").

info(Size) ->
    T = {{2024, 2, 29}, {13, 37, 58}},
    #file_info{size = Size, type = regular, access = read_write, atime = T,
               mtime = T, ctime = T, mode = 8#100644, links = 1, major_device = 0,
               minor_device = 0, inode = 0, uid = 0, gid = 0}.

entry(Name, Bin) -> {Name, Bin, info(byte_size(Bin))}.

files() ->
    Seq = list_to_binary(lists:seq(0, 255)),
    [entry("a.txt", <<"hello world\n">>),
     entry("dir/b.bin", Seq),
     entry("dir/sub/c.txt", binary:copy(<<"abcdefgh">>, 4000)),
     entry("empty", <<>>),
     entry("big.dat", big()),
     entry("already.gz", binary:copy(Seq, 10))].

big() ->
    %% 300 kB, partly compressible: several inflate chunks
    iolist_to_binary([[integer_to_list(I), $,, integer_to_list(I * I rem 977), $\n]
                      || I <- lists:seq(1, 30000)]).

summary({ok, L}) when is_list(L) -> {ok, [summary(E) || E <- L]};
summary({ok, {Name, Bin}}) when is_binary(Bin) -> {ok, summary({Name, Bin})};
summary({Name, Bin}) when is_binary(Bin) -> {Name, byte_size(Bin), erlang:crc32(Bin)};
summary(Other) -> Other.

dir_entry({zip_comment, C}) -> {comment, C};
dir_entry({zip_file, N, I, C, Off, CSize}) ->
    {N, I#file_info.size, I#file_info.type, I#file_info.mtime, C, Off, CSize}.

main() ->
    Files = files(),
    {ok, {"m.zip", Z}} = zip:create("m.zip", Files, [memory]),
    erlang:display({create, byte_size(Z), erlang:crc32(Z)}),
    %% the archive as written: local headers, central directory, end record
    erlang:display(binary:part(Z, 0, 60)),
    erlang:display(binary:part(Z, byte_size(Z) - 22, 22)),
    erlang:display(summary(zip:extract(Z, [memory]))),
    erlang:display(summary(zip:unzip(Z, [memory]))),
    {ok, Dir} = zip:list_dir(Z),
    erlang:display([dir_entry(E) || E <- Dir]),
    {ok, Tab} = zip:table(Z),
    erlang:display(length(Tab)),
    erlang:display(zip:list_dir(Z, [cooked]) =:= {ok, Dir}),
    erlang:display(summary(zip:unzip(Z, [memory, {file_list, ["dir/b.bin", "empty"]}]))),
    erlang:display(summary(zip:unzip(Z, [memory, {file_list, ["nope"]}]))),
    erlang:display(summary(zip:extract(Z, [memory, {file_filter,
        fun(#zip_file{name = N}) -> lists:suffix(".txt", N) end}]))),
    erlang:display(lists:reverse(element(2, zip:foldl(
        fun(N, GetInfo, GetBin, Acc) ->
                [{N, (GetInfo())#file_info.size, erlang:md5(GetBin())} | Acc]
        end, [], {"m.zip", Z})))),

    %% compression choices and a comment
    Opts = [[memory, {compress, [".txt"]}],
            [memory, {uncompress, [".dat", ".bin"]}],
            [memory, {compress, all}, {uncompress, {add, [".txt"]}}],
            [memory, {compress, []}],
            [memory, {comment, "archive comment"}]],
    lists:foreach(
      fun(O) ->
              {ok, {_, B}} = zip:create("o.zip", Files, O),
              {ok, D} = zip:list_dir(B),
              erlang:display({O, byte_size(B), erlang:crc32(B),
                              [case E of {zip_comment, C} -> C;
                                         _ -> element(6, E) end || E <- D]}),
              {ok, X} = zip:extract(B, [memory]),
              erlang:display(lists:sort(X) =:= lists:sort([{N, Bi} || {N, Bi, _} <- Files]))
      end, Opts),
    erlang:display(zip:zip("z.zip", [{"x", <<"y">>, info(1)}], [memory]) =/= error),

    %% the zip server
    {ok, H} = zip:zip_open(Z, [memory]),
    erlang:display(summary(zip:zip_get("dir/sub/c.txt", H))),
    erlang:display(summary(zip:zip_get("big.dat", H))),
    erlang:display(zip:zip_get("missing", H)),
    {ok, All} = zip:zip_get(H),
    erlang:display(lists:sort([summary(E) || E <- All])),
    {ok, HDir} = zip:zip_list_dir(H),
    erlang:display([dir_entry(E) || E <- HDir] =:= [dir_entry(E) || E <- Dir]),
    erlang:display(zip:zip_close(H)),

    %% prim_zip, the reader erl_prim_loader uses for archives
    {ok, PZ, Acc} = prim_zip:open(
        fun({Name, GetInfo, GetBin}, A) ->
                {true, true, [{Name, (GetInfo())#file_info.size, erlang:crc32(GetBin())} | A]}
        end, [], {"m.zip", Z}),
    erlang:display(lists:reverse(Acc)),
    {ok, PZ2, Names} = prim_zip:foldl(
        fun({Name, _, _}, A) -> {Name =/= "empty", true, [Name | A]} end, [], PZ),
    erlang:display(Names),
    erlang:display(prim_zip:close(PZ2)),
    erlang:display(prim_zip:open(fun(_, A) -> {true, true, A} end, [], {"g.zip", <<"garbage">>})),
    erlang:display(prim_zip:open(fun(_, A) -> {true, true, A} end, [], bad_input)),
    erlang:display(prim_zip:open(not_a_fun, [], {"m.zip", Z})),
    erlang:display(catch prim_zip:open(fun(_, _) -> throw(stop) end, [], {"m.zip", Z})),
    erlang:display(catch prim_zip:open(fun(_, _) -> oops end, [], {"m.zip", Z})),

    %% bad archives
    erlang:display(error_kind(zip:list_dir(<<"garbage">>))),
    erlang:display(error_kind(zip:extract(<<"PK", 3, 4, "garbage">>, [memory]))),
    erlang:display(error_kind(zip:extract(binary:part(Z, 0, byte_size(Z) - 30), [memory]))),
    erlang:display(error_kind(zip:extract(binary:part(Z, 0, 100), [memory]))),
    <<Pre:45/binary, _:8, Post/binary>> = Z,   % inside a.txt's deflated data
    erlang:display(error_kind(catch zip:extract(<<Pre/binary, 255, Post/binary>>, [memory]))),
    erlang:display(error_kind(zip:extract(<<>>, [memory]))),
    erlang:display(catch zip:create("x.zip", [{"n", not_a_binary}], [memory])),
    ok.

%% Errors carry stack traces with zip.erl line numbers: keep their reasons
%% and the functions they went through.
error_kind({error, {'EXIT', {Reason, Stack}}}) ->
    {error, 'EXIT', short(Reason), [{M, F, if is_list(A) -> length(A); true -> A end}
                                    || {M, F, A, _} <- Stack]};
error_kind({'EXIT', {Reason, Stack}}) ->
    {'EXIT', short(Reason), [{M, F, if is_list(A) -> length(A); true -> A end}
                             || {M, F, A, _} <- Stack]};
error_kind(Other) -> short(Other).

short({badmatch, B}) when is_binary(B) -> {badmatch, byte_size(B)};
short(T) when is_tuple(T) -> list_to_tuple([short(E) || E <- tuple_to_list(T)]);
short(B) when is_binary(B), byte_size(B) > 40 -> {binary, byte_size(B)};
short(Other) -> Other.
