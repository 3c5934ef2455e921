-module(bif_ets_delete).
-export([main/0]).

d(X) -> erlang:display(X).

%% Deleting: delete/2, delete_object, take, select_delete,
%% delete_all_objects on every table type, many objects.
main() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type) ->
    T = ets:new(d, [Type, public]),
    d(Type),
    ets:insert(T, [{I, I rem 7, lists:seq(1, I rem 5)} || I <- lists:seq(1, 1000)]),
    d(ets:info(T, size)),
    [ets:delete(T, I) || I <- lists:seq(1, 1000, 2)],
    d(ets:info(T, size)),
    d(ets:select_delete(T, [{{'$1', 0, '_'}, [], [true]}])),
    d(ets:info(T, size)),
    [ets:delete_object(T, {I, I rem 7, lists:seq(1, I rem 5)}) || I <- lists:seq(2, 1000, 4)],
    d(ets:info(T, size)),
    d(lists:sum([length(ets:take(T, I)) || I <- lists:seq(4, 400, 4)])),
    d(ets:info(T, size)),
    d(lists:sort(ets:select(T, [{{'$1', '_', '_'}, [{'<', '$1', 500}], ['$1']}]))),
    [ets:insert(T, {I, again}) || I <- lists:seq(1, 200)],
    d(ets:info(T, size)),
    d(lists:sum([I || {I, again} <- ets:tab2list(T)])),
    d(ets:delete_all_objects(T)),
    d({ets:info(T, size), ets:tab2list(T), ets:first(T)}),
    ets:insert(T, {after_clear}),
    d(ets:tab2list(T)),
    ets:delete(T).
