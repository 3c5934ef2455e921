-module(proc_ets_fixer_death).
-export([main/0]).
%% Fixations by several processes: counted per process, released when a
%% fixing process dies; deleted keys are purged when the last one goes.
d(X) -> erlang:display(X).
fixer(T, Parent, N) ->
    spawn(fun() ->
        [ets:safe_fixtable(T, true) || _ <- lists:seq(1, N)],
        Parent ! {fixed, self()},
        receive die -> ok end
    end).
main() ->
    T = ets:new(t, [public]),
    [ets:insert(T, {I}) || I <- lists:seq(1, 10)],
    P1 = fixer(T, self(), 1), receive {fixed, P1} -> ok end,
    P2 = fixer(T, self(), 3), receive {fixed, P2} -> ok end,
    {_, Fixers} = ets:info(T, safe_fixed),
    d(lists:sort([N || {_, N} <- Fixers])),
    d(lists:sort([P =:= P1 orelse P =:= P2 || {P, _} <- Fixers])),
    ets:delete(T, 5),
    d({ets:info(T, fixed), ets:info(T, size), ets:info(T, stats)}),
    M1 = monitor(process, P1), P1 ! die, receive {'DOWN', M1, _, _, _} -> ok end,
    {_, F2} = ets:info(T, safe_fixed),
    d([N || {_, N} <- F2]),
    d({ets:info(T, fixed), ets:info(T, stats)}),
    M2 = monitor(process, P2), P2 ! die, receive {'DOWN', M2, _, _, _} -> ok end,
    d({ets:info(T, fixed), ets:info(T, safe_fixed), ets:info(T, stats), ets:tab2list(T)}),
    ok.
