-module(bif_ets_stdlib).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

d(X) -> erlang:display(X).

%% The stock ets.erl functions on top of the BIFs: tab2list, foldl/foldr,
%% fun2ms (ms_transform), match_spec_run, select with fun2ms specs,
%% update_counter with defaults, repair_continuation, safe iteration.
main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I * I, if I rem 2 == 0 -> even; true -> odd end} || I <- lists:seq(1, 12)]),
    d(ets:tab2list(T)),
    d(ets:foldl(fun({K, _, _}, Acc) -> [K | Acc] end, [], T)),
    d(ets:foldr(fun({K, _, _}, Acc) -> [K | Acc] end, [], T)),
    MS = ets:fun2ms(fun({K, Sq, even}) when K > 4 -> {K, Sq} end),
    d(MS),
    d(ets:select(T, MS)),
    MS2 = ets:fun2ms(fun({K, _, P} = Obj) when K < 3; P =:= odd, K > 10 -> Obj end),
    d(MS2),
    d(ets:select(T, MS2)),
    MS3 = ets:fun2ms(fun({K, Sq, _}) when is_integer(K), Sq rem 3 == 0 -> [K, Sq | tail] end),
    d(ets:select(T, MS3)),
    d(ets:select_count(T, ets:fun2ms(fun({_, _, even}) -> true end))),
    d(ets:select_delete(T, ets:fun2ms(fun({K, _, _}) when K > 10 -> true end))),
    d(ets:select_delete(T, [{'_', [], [false]}])),
    d(ets:info(T, size)),
    d(ets:match_spec_run([{1, 1, odd}, {2, 4, even}], ets:match_spec_compile(MS))),
    d(ets:match_spec_run([{6, 36, even}, {7, 49, odd}], ets:match_spec_compile(MS))),
    {R1, C1} = ets:select(T, MS, 1),
    d(R1),
    C1r = ets:repair_continuation(C1, MS),
    d(element(1, ets:select(C1r))),
    d(ets:test_ms({a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}])),
    %% foldl on a hash table, sorted
    H = ets:new(h, [bag]),
    ets:insert(H, [{a, 1}, {b, 2}, {a, 3}]),
    d(lists:sort(ets:foldl(fun(O, Acc) -> [O | Acc] end, [], H))),
    d(lists:sort(ets:tab2list(H))),
    %% deleting during a fixed traversal visits every key once
    S = ets:new(s, [set]),
    ets:insert(S, [{I} || I <- lists:seq(1, 300)]),
    ets:safe_fixtable(S, true),
    d(ets:info(S, fixed)),
    Visited = del_walk(S, ets:first(S), []),
    ets:safe_fixtable(S, false),
    d({length(Visited), length(lists:usort(Visited)), ets:info(S, size), ets:info(S, fixed)}),
    d(lists:sort(ets:tab2list(S)) =:= [{I} || I <- lists:seq(1, 300), I rem 3 =/= 0]),
    %% inserting during a fixed traversal
    ets:safe_fixtable(S, true),
    ets:safe_fixtable(S, true),
    {_, [{_, 2}]} = ets:info(S, safe_fixed),
    Seen = ins_walk(S, ets:first(S), 0),
    ets:safe_fixtable(S, false),
    d({Seen >= 200, ets:info(S, size), ets:info(S, safe_fixed) =/= false}),
    ets:safe_fixtable(S, false),
    d(ets:info(S, safe_fixed)),
    d(ets:info(S, fixed)),
    ok.

del_walk(_, '$end_of_table', Acc) -> Acc;
del_walk(S, K, Acc) ->
    case K rem 3 of 0 -> ets:delete(S, K); _ -> ok end,
    del_walk(S, ets:next(S, K), [K | Acc]).

ins_walk(_, '$end_of_table', N) -> N;
ins_walk(S, K, N) when is_integer(K), K < 1000 ->
    ets:insert(S, {K + 1000}),
    ins_walk(S, ets:next(S, K), N + 1);
ins_walk(S, K, N) -> ins_walk(S, ets:next(S, K), N + 1).
