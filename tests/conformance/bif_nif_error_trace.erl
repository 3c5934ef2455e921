%% Stack traces of errors raised by built-in NIFs (zlib, prim_file): the NIF's
%% {M, F, Args, []} frame on top, then its caller, whether the NIF is called
%% directly, through a local fun (zlib's #zlib_opts.method) or as a tail call.
-module(bif_nif_error_trace).
-export([main/0]).

frames(Stack) ->
    [{M, F, if is_list(A) -> [arg(X) || X <- A]; true -> A end}
     || {M, F, A, _} <- Stack].

arg(R) when is_reference(R) -> ref;
arg(X) -> X.

show({'EXIT', {Reason, Stack}}) -> erlang:display({Reason, frames(Stack)});
show(Other) -> erlang:display(Other).

main() ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    show(catch zlib:inflate(Z, <<"garbage data here">>)),
    show(catch zlib:inflate(Z, <<"more">>)),
    zlib:close(Z),
    show(catch zlib:inflate(Z, <<"x">>)),
    show(catch zlib:deflateInit(Z)),
    show(catch zlib:crc32(Z)),
    show(catch zlib:uncompress(<<"not zlib data">>)),
    show(catch zlib:gunzip(<<31, 139, 8, 0, 0, 0>>)),
    show(catch zlib:unzip(<<1, 2, 3, 4, 5>>)),
    Z2 = zlib:open(),
    show(catch zlib:deflateInit(Z2, 99)),
    show(catch zlib:setBufSize(Z2, -1)),
    show(catch zlib:inflateSetDictionary(Z2, <<"d">>)),
    show(catch zlib:getBufSize(Z2)),
    zlib:close(Z2),
    show(catch prim_file:read_file_nif(foo)),
    show(catch tail_inflate()),
    ok.

tail_inflate() ->
    Z = zlib:open(),
    ok = zlib:inflateInit(Z),
    zlib:inflate(Z, <<1, 2, 3, 4>>).
