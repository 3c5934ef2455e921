-module(bif_ets_select_count2).
-export([main/0]).
%% select_count/2 on every type with guards, bound and partly bound keys.
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {{I rem 5, I rem 3}, I}) || I <- lists:seq(1, 60)],
        d({Type,
           ets:select_count(T, [{'_', [], [true]}]),
           ets:select_count(T, [{'_', [], [false]}]),
           ets:select_count(T, [{'_', [], [ok]}]),
           ets:select_count(T, [{{{1, '_'}, '_'}, [], [true]}]),
           ets:select_count(T, [{{{1, 2}, '_'}, [], [true]}]),
           ets:select_count(T, [{{{'$1', '$1'}, '_'}, [], [true]}]),
           ets:select_count(T, [{{'_', '$1'}, [{is_integer, '$1'}, {'>', '$1', 30}], [true]}]),
           ets:select_count(T, [{{{4, '_'}, '_'}, [], [true]}, {{{0, '_'}, '_'}, [], [true]}]),
           ets:select_count(T, [{{'_', '$1'}, [{'==', {'band', '$1', 1}, 1}], [{'=:=', '$1', '$1'}]}])})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
