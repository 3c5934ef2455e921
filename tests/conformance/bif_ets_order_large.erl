-module(bif_ets_order_large).
-export([main/0]).
%% Hash-table order while the table grows and shrinks (bucket splits and
%% joins, extra segments).
d(X) -> erlang:display(X).
walk(T, K, 0) -> [K];
walk(_, '$end_of_table', _) -> [];
walk(T, K, N) -> [K | walk(T, ets:next(T, K), N - 1)].
main() ->
    T = ets:new(t, [set]),
    lists:foreach(fun(N) ->
        [ets:insert(T, {I, N}) || I <- lists:seq(1, N)],
        L = ets:tab2list(T),
        d({N, length(L), erlang:phash2(L), lists:sublist(L, 8), walk(T, ets:first(T), 6),
           ets:info(T, memory)})
    end, [100, 255, 256, 257, 300, 513, 2000, 2304, 2305, 4500, 9000]),
    lists:foreach(fun(N) ->
        [ets:delete(T, I) || I <- lists:seq(N + 1, 9000)],
        L = ets:tab2list(T),
        d({N, length(L), erlang:phash2(L), lists:sublist(L, 8), ets:info(T, memory)})
    end, [8000, 5000, 2100, 1000, 10, 0]),
    [ets:insert(T, {{I, [I]}, <<I:16>>}) || I <- lists:seq(1, 3000)],
    d(erlang:phash2(ets:tab2list(T))),
    d(lists:sublist(ets:tab2list(T), 5)),
    ets:delete_all_objects(T),
    d({ets:info(T, size), ets:info(T, memory)}),
    [ets:insert(T, {I}) || I <- lists:seq(1, 20)],
    d(ets:tab2list(T)),
    ok.
