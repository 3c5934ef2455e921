-module(bif_prim_buffer).
-export([main/0]).

%% prim_buffer (prim_file's read-ahead buffer) used directly.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    B = prim_buffer:new(),
    erlang:display([is_reference(B), prim_buffer:size(B), prim_buffer:find_byte_index(B, $\n)]),
    erlang:display([prim_buffer:write(B, [<<"hello\n">>, <<"wor">>]), prim_buffer:write(B, [<<"ld\n">>]), t(fun() -> prim_buffer:write(B, <<"x">>) end),
                    prim_buffer:size(B), prim_buffer:find_byte_index(B, $\n), prim_buffer:find_byte_index(B, $d),
                    prim_buffer:find_byte_index(B, $z)]),
    erlang:display([prim_buffer:read(B, 3), prim_buffer:read_iovec(B, 3), prim_buffer:size(B),
                    prim_buffer:skip(B, 1), prim_buffer:read(B, 5), prim_buffer:size(B)]),
    Big = binary:copy(<<"0123456789">>, 200),
    ok = prim_buffer:write(B, [Big, Big]),
    erlang:display([byte_size(prim_buffer:read(B, 1500)), iolist_size(prim_buffer:read_iovec(B, 400)),
                    prim_buffer:size(B), prim_buffer:wipe(B), prim_buffer:size(B)]),
    erlang:display([prim_buffer:try_lock(B), prim_buffer:try_lock(B), prim_buffer:unlock(B),
                    t(fun() -> prim_buffer:unlock(B) end), prim_buffer:try_lock(B)]),
    erlang:display([t(fun() -> prim_buffer:read(B, 1) end), t(fun() -> prim_buffer:skip(B, 1) end),
                    t(fun() -> prim_buffer:read(B, -1) end), t(fun() -> prim_buffer:write(B, [a]) end),
                    t(fun() -> prim_buffer:write(B, <<1:3>>) end), t(fun() -> prim_buffer:find_byte_index(B, 256) end),
                    t(fun() -> prim_buffer:find_byte_index(B, -1) end), t(fun() -> prim_buffer:size(make_ref()) end),
                    t(fun() -> prim_buffer:read_iovec(B, 100) end), t(fun() -> prim_buffer:write(x, []) end),
                    prim_buffer:write(B, []), prim_buffer:read(B, 0), prim_buffer:size(B)]),
    ok.
