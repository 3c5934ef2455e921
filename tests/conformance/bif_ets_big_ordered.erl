-module(bif_ets_big_ordered).
-export([main/0]).

d(X) -> erlang:display(X).

%% A larger ordered_set: ranges by partially bound keys, chunked walks in
%% both directions, counts.
main() ->
    T = ets:new(big, [ordered_set]),
    ets:insert(T, [{{I div 100, I rem 100}, I} || I <- lists:seq(0, 19999)]),
    d(ets:info(T, size)),
    d(length(ets:match(T, {{57, '_'}, '$1'}))),
    d(lists:sum(lists:append(ets:match(T, {{57, '_'}, '$1'})))),
    d(ets:select_count(T, [{{{'$1', '_'}, '_'}, [{'<', '$1', 10}], [true]}])),
    d(chunk_walk(ets:select(T, [{{{150, '$1'}, '_'}, [], ['$1']}], 33), fun ets:select/1)),
    d(chunk_walk(ets:select_reverse(T, [{{{3, '$1'}, '_'}, [{'>', '$1', 90}], ['$1']}], 4), fun ets:select_reverse/1)),
    {First, _} = ets:select(T, [{'_', [], ['$_']}], 5),
    d(First),
    {Last, _} = ets:select_reverse(T, [{'_', [], ['$_']}], 5),
    d(Last),
    d({ets:first(T), ets:last(T), ets:next(T, {99, 99}), ets:prev(T, {100, 0}), ets:next(T, {99.5, 0})}),
    d(ets:select_delete(T, [{{{'$1', '_'}, '_'}, [{'>=', '$1', 100}], [true]}])),
    d({ets:info(T, size), ets:last(T)}),
    ok.

chunk_walk('$end_of_table', _) -> [];
chunk_walk({R, C}, F) -> [R | chunk_walk(F(C), F)].
