-module(bif_ets_select_reverse2).
-export([main/0]).
%% select_reverse/1,2,3 on ordered_set (backwards) and hash tables (same as select).
d(X) -> erlang:display(X).
chunks('$end_of_table') -> [eot];
chunks({L, C}) -> [L | chunks(ets:select_reverse(C))].
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I, I * 2}) || I <- lists:seq(1, 25)],
        MS = [{{'$1', '$2'}, [{'<', '$1', 20}], ['$1']}],
        d({Type, ets:select_reverse(T, MS)}),
        d({Type, ets:select_reverse(T, MS) =:= ets:select(T, MS)}),
        d({Type, chunks(ets:select_reverse(T, MS, 6))}),
        d({Type, chunks(ets:select_reverse(T, [{{{'$1'}, '_'}, [], ['$1']}], 2))})
    end, [ordered_set, set]),
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {{I div 5, I}, I}) || I <- lists:seq(1, 30)],
    d(ets:select_reverse(O, [{{{2, '$1'}, '_'}, [], ['$1']}])),
    d(chunks(ets:select_reverse(O, [{{{3, '$1'}, '_'}, [], ['$1']}], 2))),
    ok.
