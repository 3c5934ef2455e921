-module(bif_ets_fixtable_deletes).
-export([main/0]).
%% Traversal with first/next while deleting, with and without
%% safe_fixtable; the table neither grows nor shrinks while fixed.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
walk_del(T) -> walk_del(T, ets:first(T), []).
walk_del(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk_del(T, K, Acc) ->
    Next = ets:next(T, K),
    case K rem 3 of 0 -> ets:delete(T, K); _ -> ok end,
    walk_del(T, Next, [K | Acc]).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I, x}) || I <- lists:seq(1, 30)],
        ets:safe_fixtable(T, true),
        Seen = walk_del(T),
        d({Type, Seen}),
        d({ets:info(T, fixed), ets:info(T, size)}),
        %% next from a deleted key still works while fixed
        ets:delete(T, 1),
        d(ets:next(T, 1) =/= x),
        [ets:insert(T, {I, y}) || I <- lists:seq(100, 400)],
        d(ets:info(T, memory)),
        ets:safe_fixtable(T, false),
        d({ets:info(T, fixed), ets:info(T, safe_fixed), ets:info(T, size)}),
        d(ets:tab2list(T) -- [{I, y} || I <- lists:seq(100, 400)]),
        ets:insert(T, {1000, z}),
        d(ets:info(T, memory)),
        d(e(fun() -> ets:next(T, 3) end))
    end, [set, bag, duplicate_bag, ordered_set]),
    %% nested fixation counts; delete_all_objects while fixed
    T2 = ets:new(t2, [set]),
    [ets:insert(T2, {I}) || I <- lists:seq(1, 10)],
    ets:safe_fixtable(T2, true), ets:safe_fixtable(T2, true),
    {_, [{_, 2}]} = ets:info(T2, safe_fixed),
    K = ets:first(T2),
    ets:delete_all_objects(T2),
    d({ets:info(T2, size), ets:next(T2, K), ets:tab2list(T2)}),
    ets:insert(T2, {K}),
    d(ets:tab2list(T2)),
    ets:safe_fixtable(T2, false),
    d(ets:info(T2, fixed)),
    ets:safe_fixtable(T2, false),
    d(ets:info(T2, fixed)),
    ok.
