-module(bif_file_handles).
-export([main/0]).

%% prim_file's open-file NIFs through prim_file and the raw file API:
%% open modes, read/write/pread/pwrite/position/truncate, read_line,
%% handle info, closed handles, errors. Works in a fresh directory under
%% /tmp that is removed at the end.

-include_lib("kernel/include/file.hrl").

t(F) -> try F() catch C:R -> {C, R} end.

%% Errors that hold references (different in every run): only their shape.
shape({C, {R, _}}) when is_atom(R) -> {C, R};
shape(X) -> X.

dir() -> "/tmp/openbeam_conf_bif_file_handles".

main() ->
    D = dir(),
    cleanup(D),
    ok = prim_file:make_dir(D),
    F = D ++ "/a.txt",
    %% write, then read back in several ways
    {ok, W} = prim_file:open(F, [write, binary]),
    erlang:display(prim_file:write(W, [<<"line one\n">>, "line two\r\n", [$x, <<"yz">>], <<"\nlast">>])),
    erlang:display(prim_file:position(W, cur)),
    erlang:display(prim_file:write(W, <<>>)),
    erlang:display(prim_file:sync(W)),
    erlang:display(prim_file:datasync(W)),
    erlang:display(prim_file:close(W)),
    erlang:display(prim_file:close(W)),
    erlang:display(prim_file:write(W, <<"x">>)),
    erlang:display(prim_file:read_file(F)),
    {ok, R} = prim_file:open(F, [read, binary]),
    erlang:display([prim_file:read_line(R), prim_file:read_line(R), prim_file:read_line(R),
                    prim_file:read_line(R), prim_file:read_line(R)]),
    erlang:display(prim_file:position(R, bof)),
    erlang:display([prim_file:read(R, 4), prim_file:read(R, 0), prim_file:position(R, {cur, 1}),
                    prim_file:read(R, 3), prim_file:position(R, {eof, -4}), prim_file:read(R, 100),
                    prim_file:read(R, 1)]),
    erlang:display([prim_file:pread(R, 5, 3), prim_file:pread(R, 1000, 3), prim_file:pread(R, [{0, 4}, {999, 1}, {9, 4}])]),
    erlang:display(prim_file:write(R, <<"no">>)),
    erlang:display([prim_file:position(R, {bof, -1}), prim_file:position(R, 3), prim_file:read(R, 2)]),
    {ok, Info} = prim_file:read_handle_info(R, [{time, posix}]),
    erlang:display([Info#file_info.size, Info#file_info.type, Info#file_info.access]),
    erlang:display([byte_size(prim_file:get_handle(R)), prim_file:advise(R, 0, 0, normal),
                    prim_file:advise(R, 0, 0, sequential), prim_file:advise(R, 0, 0, bogus)]),
    ok = prim_file:close(R),
    erlang:display(prim_file:read(R, 1)),
    erlang:display(prim_file:read_handle_info(R, [{time, posix}])),
    %% read_write, append, exclusive, pwrite, truncate
    {ok, RW} = prim_file:open(F, [read, write, binary]),
    erlang:display([prim_file:pwrite(RW, 2, <<"NE">>), prim_file:pread(RW, 0, 8),
                    prim_file:pwrite(RW, [{0, "L"}, {40, <<"!">>}]), prim_file:read_file(F)]),
    erlang:display([prim_file:position(RW, 4), prim_file:truncate(RW), prim_file:read_file(F),
                    prim_file:allocate(RW, 0, 100), (element(2, prim_file:read_handle_info(RW, [{time, posix}])))#file_info.size]),
    ok = prim_file:close(RW),
    {ok, A} = prim_file:open(F, [append]),
    erlang:display([prim_file:write(A, "++"), prim_file:close(A), prim_file:read_file(F)]),
    erlang:display(prim_file:open(F, [exclusive])),
    erlang:display(prim_file:open(D ++ "/new", [exclusive, write]) =/= error),
    {ok, Ex} = prim_file:open(D ++ "/new2", [exclusive]),
    ok = prim_file:close(Ex),
    %% default is read; missing files; directories
    erlang:display(prim_file:open(D ++ "/missing", [])),
    erlang:display(prim_file:open(D ++ "/missing", [read])),
    erlang:display(prim_file:open(D, [read])),
    erlang:display(prim_file:open(D ++ "/nodir/x", [write])),
    erlang:display(prim_file:open(F ++ "/x", [write])),
    {ok, Dir} = prim_file:open(D, [directory]),
    erlang:display(prim_file:close(Dir)),
    erlang:display(prim_file:open(F, [directory])),
    erlang:display(prim_file:open(F, x)),
    erlang:display(prim_file:open(<<"a", 0, "b">>, [read])),
    erlang:display(prim_file:open(foo, [read])),
    {ok, L} = prim_file:open(F, [read]),
    erlang:display([t(fun() -> prim_file:read(L, 3) end), t(fun() -> prim_file:read(L, -1) end),
                    t(fun() -> prim_file:read(L, a) end), t(fun() -> prim_file:pread(L, -1, 1) end),
                    t(fun() -> prim_file:pread(L, a, 1) end), t(fun() -> prim_file:position(L, {bof, a}) end),
                    t(fun() -> prim_file:position(L, {foo, 1}) end), t(fun() -> prim_file:allocate(L, -1, 1) end),
                    t(fun() -> prim_file:pwrite(L, -1, <<"x">>) end), t(fun() -> prim_file:write(L, [a]) end)]),
    ok = prim_file:close(L),
    %% a handle that is not one
    erlang:display([shape(t(fun() -> prim_file:close(make_ref()) end)),
                    shape(t(fun() -> prim_file:read({file_descriptor, prim_file, #{handle => make_ref(), r_ahead_size => 0, r_buffer => make_ref()}}, 1) end)),
                    shape(t(fun() -> prim_file:close({file_descriptor, prim_file, #{handle => make_ref()}}) end))]),
    %% the raw file API of the file module
    G = D ++ "/b.txt",
    erlang:display(file:write_file(G, [<<"alpha\n">>, "beta\n", <<"gamma">>], [raw])),
    {ok, H} = file:open(G, [raw, read, read_ahead, binary]),
    erlang:display([file:read_line(H), file:read_line(H), file:read_line(H), file:read_line(H)]),
    erlang:display([file:position(H, 2), file:read(H, 3), file:pread(H, 6, 4), file:close(H)]),
    {ok, H2} = file:open(G, [raw, read]),
    erlang:display([file:read(H2, 5), file:read_line(H2), file:close(H2)]),
    {ok, H3} = file:open(G, [raw, read, write, binary]),
    erlang:display([file:position(H3, eof), file:write(H3, <<"\ndelta\n">>), file:position(H3, bof),
                    file:read(H3, 100), file:close(H3)]),
    erlang:display(file:read_file_info(G, [raw, {time, posix}]) =/= error),
    {ok, #file_info{size = Sz, type = Ty}} = file:read_file_info(G, [raw, {time, posix}]),
    erlang:display({Sz, Ty}),
    {ok, Src} = file:open(G, [raw, read, binary]),
    erlang:display(file:copy(Src, {D ++ "/c.txt", [raw]})),
    ok = file:close(Src),
    erlang:display(prim_file:read_file(D ++ "/c.txt")),
    %% read_line with CRLF and long lines
    Long = binary:copy(<<"0123456789">>, 100),
    ok = file:write_file(G, [Long, "\r\n", Long, "\n", "tail"], [raw]),
    {ok, H4} = file:open(G, [raw, read, binary]),
    {ok, L1} = file:read_line(H4),
    {ok, L2} = file:read_line(H4),
    erlang:display([byte_size(L1), binary:last(L1), byte_size(L2), file:read_line(H4), file:read_line(H4)]),
    ok = file:close(H4),
    erlang:display(file:open(D ++ "/missing", [raw, read])),
    %% write_file_info pieces: permissions and times
    ok = prim_file:write_file_info(G, #file_info{mode = 8#600, atime = 0, mtime = 0}, [{time, posix}]),
    {ok, I2} = prim_file:read_file_info(G, [{time, posix}]),
    erlang:display(I2#file_info.mode band 8#777),
    ok = prim_file:write_file_info(G, #file_info{mtime = 1000000000, atime = 1000000000}, [{time, posix}]),
    {ok, I3} = prim_file:read_file_info(G, [{time, posix}]),
    erlang:display({I3#file_info.mtime, I3#file_info.atime}),
    erlang:display(prim_file:write_file_info(D ++ "/missing", #file_info{mode = 8#600, atime = 0}, [{time, posix}])),
    %% a file is closed when the process that opened it dies
    Self = self(),
    {Pid, Mon} = spawn_monitor(fun() ->
                                   {ok, Fd} = prim_file:open(G, [read, binary]),
                                   Self ! {fd, Fd},
                                   receive go -> ok end
                               end),
    Fd0 = receive {fd, X} -> X end,
    erlang:display(t(fun() -> prim_file:read(Fd0, 3) end)),
    %% the same handle with us as the owner prim_file checks
    Fd = setelement(3, Fd0, maps:put(owner, self(), element(3, Fd0))),
    erlang:display(prim_file:read(Fd, 3)),
    Pid ! go,
    receive {'DOWN', Mon, process, Pid, _} -> ok end,
    erlang:display([prim_file:read(Fd, 3), prim_file:close(Fd)]),
    cleanup(D),
    erlang:display(prim_file:read_file_info(D, [{time, posix}])),
    ok.

cleanup(D) ->
    case prim_file:list_dir(D) of
        {ok, Names} -> [prim_file:delete(D ++ "/" ++ N) || N <- Names], prim_file:del_dir(D);
        _ -> ok
    end.
