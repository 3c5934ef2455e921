-module(bif_ets_match_chunks).
-export([main/0]).
%% match/3, match/1, match_object/3, match_object/1 on every table type.
d(X) -> erlang:display(X).
mchunks('$end_of_table') -> [eot];
mchunks({L, C}) -> [L | mchunks(ets:match(C))].
ochunks('$end_of_table') -> [eot];
ochunks({L, C}) -> [L | ochunks(ets:match_object(C))].
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 11, I, [I]}) || I <- lists:seq(1, 40)],
        d({Type, ets:match(T, {'$1', '$2', '_'})}),
        d({Type, mchunks(ets:match(T, {'$2', '$1', '_'}, 7))}),
        d({Type, ochunks(ets:match_object(T, {'_', '_', '_'}, 9))}),
        d({Type, ochunks(ets:match_object(T, {3, '_', '_'}, 2))}),
        d({Type, ets:match(T, {'$1', '$1', '_'})}),
        d({Type, ets:match_object(T, {'_', '$1', ['$1']})} =:= {Type, ets:tab2list(T)}),
        d({Type, ets:match(T, {'_', '_'})})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
