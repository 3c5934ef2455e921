-module(bif_file_modes).
-export([main/0]).

%% The raw file layers of the stock file module: compressed files (zlib),
%% delayed writes, list mode, read_ahead, and file:read_file_info/2 raw.

dir() -> "/tmp/openbeam_conf_bif_file_modes".

main() ->
    D = dir(),
    cleanup(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/z.gz",
    Lines = [integer_to_list(I) ++ " line\n" || I <- lists:seq(1, 500)],
    {ok, W} = file:open(F, [raw, write, compressed]),
    erlang:display([file:write(W, Lines), file:close(W)]),
    {ok, Gz} = prim_file:read_file(F),
    erlang:display([binary:part(Gz, 0, 2), zlib:gunzip(Gz) =:= iolist_to_binary(Lines)]),
    {ok, R} = file:open(F, [raw, read, compressed, binary]),
    erlang:display([file:read_line(R), file:read(R, 10), file:position(R, cur), file:read_line(R)]),
    erlang:display(file:close(R)),
    {ok, R2} = file:open(F, [raw, read, compressed]),
    erlang:display([file:read(R2, 5), file:position(R2, {bof, 100}), file:read(R2, 7)]),
    ok = file:close(R2),
    %% a plain file opened with compressed reads as it is
    P = D ++ "/plain",
    ok = file:write_file(P, <<"plain text\n">>, [raw]),
    {ok, R3} = file:open(P, [raw, read, compressed, binary]),
    erlang:display([file:read_line(R3), file:read_line(R3)]),
    ok = file:close(R3),
    %% delayed writes
    {ok, DW} = file:open(D ++ "/delayed", [raw, write, {delayed_write, 100, 1000}]),
    erlang:display([file:write(DW, "abc"), file:write(DW, binary:copy(<<"d">>, 200)), file:close(DW)]),
    {ok, DB} = prim_file:read_file(D ++ "/delayed"),
    erlang:display(byte_size(DB)),
    %% list mode and read_ahead
    {ok, L} = file:open(P, [raw, read, {read_ahead, 4}]),
    erlang:display([file:read(L, 3), file:read_line(L), file:read(L, 1)]),
    ok = file:close(L),
    cleanup(D),
    ok.

cleanup(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names], prim_file:del_dir(D);
        _ -> ok
    end.
