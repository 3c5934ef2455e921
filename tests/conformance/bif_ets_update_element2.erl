-module(bif_ets_update_element2).
-export([main/0]).
%% update_element/3: one or several positions, repeated positions, errors.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type, {keypos, 2}]),
        ets:insert(T, {a, k, 1, 2, 3}),
        d({Type, [e(F) || F <- [
            fun() -> ets:update_element(T, k, {3, x}) end,
            fun() -> ets:update_element(T, k, [{4, y}, {5, z}, {4, w}]) end,
            fun() -> ets:update_element(T, k, []) end,
            fun() -> ets:update_element(T, nokey, {3, x}) end,
            fun() -> ets:update_element(T, k, {2, newkey}) end,
            fun() -> ets:update_element(T, k, {6, x}) end,
            fun() -> ets:update_element(T, k, {0, x}) end,
            fun() -> ets:update_element(T, k, [{3, a} | b]) end,
            fun() -> ets:update_element(T, k, {x, 3}) end,
            fun() -> ets:update_element(T, k, [{3, ok}, {9, bad}]) end,
            fun() -> ets:lookup(T, k) end]]})
    end, [set, ordered_set, bag]),
    ok.
