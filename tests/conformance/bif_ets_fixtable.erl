-module(bif_ets_fixtable).
-export([main/0]).

d(X) -> erlang:display(X).

%% safe_fixtable on every table type: traversals with next/2 and
%% select/1 continuations while objects are deleted and inserted.
main() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type) ->
    T = ets:new(f, [Type]),
    d(Type),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 500)]),
    d(ets:info(T, safe_fixed)),
    true = ets:safe_fixtable(T, true),
    {_, [{Pid, 1}]} = ets:info(T, safe_fixed),
    d(Pid =:= self()),
    %% delete every key as the walk passes it
    Seen = walk_delete(T, ets:first(T), []),
    d({length(Seen), length(lists:usort(Seen)), ets:info(T, size)}),
    ets:insert(T, [{I, I} || I <- lists:seq(1, 300)]),
    %% select continuations while deleting what was returned
    {R1, C1} = ets:select(T, [{{'$1', '_'}, [], ['$1']}], 100),
    [ets:delete(T, K) || K <- R1],
    Rest = drain(ets:select(C1)),
    d({length(R1), length(Rest), length(lists:usort(R1 ++ Rest)), ets:info(T, size)}),
    true = ets:safe_fixtable(T, false),
    d({ets:info(T, fixed), ets:info(T, safe_fixed)}),
    true = ets:safe_fixtable(T, false),
    d(ets:info(T, fixed)),
    d(ets:foldl(fun({K, _}, A) -> A + K end, 0, T) + lists:sum(R1)),
    ets:delete(T).

walk_delete(_, '$end_of_table', Acc) -> Acc;
walk_delete(T, K, Acc) ->
    ets:delete(T, K),
    walk_delete(T, ets:next(T, K), [K | Acc]).

drain('$end_of_table') -> [];
drain({R, C}) -> R ++ drain(ets:select(C)).
