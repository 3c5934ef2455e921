-module(proc_gc_generations).
-export([main/0]).
%% Minor and major collections of another process: minor_gcs counts the
%% minor ones since the last fullsweep; the first collection of a process is
%% a major one (nothing survived a collection yet); fullsweep_after forces a
%% major one; after a major collection there is no old generation.
d(X) -> erlang:display(X).

loop(L) ->
    receive
        {get, From} -> From ! {self(), L}, loop(L);
        stop -> ok
    end.

gc_info(P, K) ->
    {garbage_collection, GC} = process_info(P, garbage_collection),
    {K, V} = lists:keyfind(K, 1, GC),
    V.

sizes(P) ->
    {heap_size, H} = process_info(P, heap_size),
    {total_heap_size, T} = process_info(P, total_heap_size),
    {H, T}.

sync(P) ->
    P ! {get, self()},
    receive {P, L} -> L end.

gc(P, Type) ->
    true = garbage_collect(P, [{type, Type}]),
    gc_info(P, minor_gcs).

main() ->
    Data = lists:seq(1, 20),
    P = spawn(fun() -> loop(Data) end),
    Data = sync(P),
    d(gc_info(P, minor_gcs)),
    d(gc_info(P, fullsweep_after)),
    d([gc(P, minor), gc(P, minor), gc(P, minor)]),
    {H1, T1} = sizes(P),
    d(T1 > H1),
    d(gc(P, major)),
    {H2, T2} = sizes(P),
    d(T2 =:= H2),
    d(garbage_collect(P)),
    d(gc_info(P, minor_gcs)),
    d([gc(P, minor), gc(P, minor), gc(P, major), gc(P, minor), gc(P, minor)]),
    Data = sync(P),
    P ! stop,
    %% fullsweep_after 2: at most two minor collections in a row.
    Q = spawn_opt(fun() -> loop(Data) end, [{fullsweep_after, 2}]),
    Data = sync(Q),
    d(gc_info(Q, fullsweep_after)),
    d([gc(Q, minor) || _ <- lists:seq(1, 7)]),
    Data = sync(Q),
    Q ! stop,
    %% fullsweep_after 0: every collection is a major one.
    R = spawn_opt(fun() -> loop(Data) end, [{fullsweep_after, 0}]),
    Data = sync(R),
    d([gc(R, minor) || _ <- lists:seq(1, 4)]),
    {H3, T3} = sizes(R),
    d(T3 =:= H3),
    R ! stop,
    %% A process with nothing live: minor requests stay major ones.
    E = spawn(fun() -> receive stop -> ok end end),
    d([gc(E, minor) || _ <- lists:seq(1, 3)]),
    E ! stop,
    %% min_heap_size: the young heap never shrinks below it.
    M = spawn_opt(fun() -> loop(Data) end, [{min_heap_size, 5000}]),
    Data = sync(M),
    d(gc_info(M, min_heap_size)),
    {H4, _} = sizes(M),
    d(H4 >= 5000),
    _ = [gc(M, Ty) || Ty <- [major, minor, minor, major]],
    {H5, _} = sizes(M),
    d(H5 >= 5000),
    M ! stop,
    ok.
