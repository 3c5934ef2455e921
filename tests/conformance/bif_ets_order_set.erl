-module(bif_ets_order_set).
-export([main/0]).
%% Hash-table order (tab2list, first/next, match, select) on small set tables
%% with keys whose hash does not depend on the VM (no atoms inside terms).
d(X) -> erlang:display(X).
walk(T) -> walk(T, ets:first(T)).
walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
main() ->
    T = ets:new(t, [set]),
    [ets:insert(T, {I, I * I}) || I <- lists:seq(1, 40)],
    d(ets:tab2list(T)),
    d(walk(T)),
    d(ets:match(T, {'$1', '_'})),
    d(ets:select(T, [{{'$1', '$2'}, [{'>', '$2', 500}], ['$1']}])),
    d(ets:match_object(T, {'_', '_'})),
    S = ets:new(s, [set]),
    Keys = [<<"abc">>, "abc", 1.5, -7, 123456789012345678901234567890, {1, 2}, [1 | 2],
            <<1:3>>, {}, [], {"x", <<"y">>}, 0.0, 42, "", <<>>, foo, bar, 'hello world'],
    [ets:insert(S, {K, N}) || {K, N} <- lists:zip(Keys, lists:seq(1, length(Keys)))],
    d(ets:tab2list(S)),
    d(walk(S)),
    d(ets:last(S) =:= ets:first(S)),
    d(ets:prev(S, ets:first(S)) =:= ets:next(S, ets:first(S))),
    ets:delete(S, 42), ets:delete(S, "abc"),
    d(ets:tab2list(S)),
    ets:insert(S, {42, again}),
    d(walk(S)),
    ok.
