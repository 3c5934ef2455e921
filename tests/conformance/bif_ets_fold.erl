-module(bif_ets_fold).
-export([main/0]).
%% tab2list, foldl, foldr on every type (order included).
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 13, I}) || I <- lists:seq(1, 40)],
        d({Type, ets:tab2list(T)}),
        d({Type, ets:foldl(fun({K, V}, Acc) -> [{V, K} | Acc] end, [], T)}),
        d({Type, ets:foldr(fun({K, _}, Acc) -> [K | Acc] end, [], T)}),
        d({Type, ets:foldl(fun({_, V}, S) -> S + V end, 0, T)}),
        d({Type, catch ets:foldl(fun(_, _) -> throw(stop) end, 0, T), ets:info(T, fixed)})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
