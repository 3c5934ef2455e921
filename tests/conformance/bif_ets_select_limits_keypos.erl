-module(bif_ets_select_limits_keypos).
-export([main/0]).
%% Chunked match_object/select on hash tables with keypos 2 and growth
%% between chunks (continuations stay valid while the table is fixed).
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type, {keypos, 2}]),
        [ets:insert(T, {v, I rem 37, I}) || I <- lists:seq(1, 120)],
        ets:safe_fixtable(T, true),
        {L1, C1} = ets:match_object(T, {v, '_', '_'}, 10),
        [ets:insert(T, {v, I, new}) || I <- lists:seq(1000, 1400)],
        {L2, C2} = ets:match_object(C1),
        {L3, _} = ets:select(C2),
        ets:safe_fixtable(T, false),
        d({Type, L1, L2, L3}),
        d({Type, length(ets:select(T, [{{v, '$1', new}, [{'>', '$1', 1390}], ['$1']}]))}),
        d({Type, ets:select(T, [{{v, '$1', new}, [{'>', '$1', 1390}], ['$1']}])})
    end, [set, bag, duplicate_bag]),
    ok.
