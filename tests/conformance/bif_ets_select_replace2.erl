-module(bif_ets_select_replace2).
-export([main/0]).
%% select_replace/2: keeps the key, every table type but bag.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 7, I, old}) || I <- lists:seq(1, 20)],
        d({Type, e(fun() -> ets:select_replace(T, [{{'$1', '$2', old}, [{'>', '$2', 10}], [{{'$1', '$2', new}}]}]) end)}),
        d(e(fun() -> ets:tab2list(T) end)),
        d(e(fun() -> ets:select_replace(T, [{{'$1', '$2', '_'}, [], [{{'$2', '$1', x}}]}]) end)),
        d(e(fun() -> ets:select_replace(T, [{{3, '$2', '$3'}, [], [{{3, '$2', {'+', '$2', 100}}}]}]) end)),
        d(e(fun() -> ets:select_replace(T, [{'$1', [], [{element, 1, '$1'}]}]) end)),
        d(e(fun() -> ets:select_replace(T, [{{'$1', '_', '_'}, [], [{{{const, '$1'}, 1, 2}}]}]) end)),
        d(e(fun() -> ets:select_replace(T, [{'$1', [], ['$1']}]) end)),
        d(e(fun() -> lists:sort(ets:lookup(T, 3)) end))
    end, [set, ordered_set, duplicate_bag, bag]),
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{1, a}, {2, b}]),
    d(e(fun() -> ets:select_replace(O, [{{'$1', '$2'}, [], [{{{'+', '$1', 0.0}, '$2'}}]}]) end)),
    d(e(fun() -> ets:select_replace(O, [{{'$1', '$2'}, [], [{{{'*', '$1', 1}, c}}]}]) end)),
    d(ets:tab2list(O)),
    ok.
