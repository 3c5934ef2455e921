-module(bif_ets_keypos2).
-export([main/0]).
%% {keypos, N} with select/match/update on every type.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type, {keypos, 3}]),
        [ets:insert(T, {rec, I * 10, I, [I]}) || I <- lists:seq(1, 30)],
        d({Type, ets:lookup(T, 7), ets:member(T, 70)}),
        d({Type, ets:select(T, [{{rec, '$1', 5, '_'}, [], ['$1']}])}),
        d({Type, ets:match(T, {'_', '$1', '$2', '_'}, 4) =/= x}),
        d({Type, lists:sort(ets:match(T, {'_', '$1', '$2', [12]}))}),
        d({Type, ets:tab2list(T) =:= ets:match_object(T, '_')}),
        d({Type, lists:sublist(ets:tab2list(T), 6)}),
        d({Type, e(fun() -> ets:insert(T, {short, 1}) end)}),
        d({Type, e(fun() -> ets:update_element(T, 4, {3, 5}) end)}),
        d({Type, e(fun() -> ets:update_element(T, 4, {2, new}) end), ets:lookup(T, 4)}),
        d({Type, e(fun() -> ets:update_counter(T, 9, {2, 1}) end)}),
        d({Type, ets:first(T), ets:info(T, keypos)})
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
