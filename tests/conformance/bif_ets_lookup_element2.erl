-module(bif_ets_lookup_element2).
-export([main/0]).
%% lookup_element/3 on every type; errors.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        ets:insert(T, [{a, 1, x}, {a, 2}, {b, 3, y}, {1, one, uno}]),
        d({Type, [e(fun() -> ets:lookup_element(T, K, P) end)
                  || {K, P} <- [{a, 1}, {a, 2}, {a, 3}, {b, 3}, {1, 2}, {1.0, 2}, {c, 1}, {b, 0}, {b, 4}, {b, x}]]})
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
