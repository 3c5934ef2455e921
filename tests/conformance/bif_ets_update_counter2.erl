-module(bif_ets_update_counter2).
-export([main/0]).
%% update_counter/3,4: Incr, {Pos, Incr}, {Pos, Incr, Threshold, SetValue},
%% lists of ops, defaults; errors with erl's error_info.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        ets:insert(T, {c, 0, 10, 100, x}),
        d({Type,
           ets:update_counter(T, c, 5),
           ets:update_counter(T, c, {3, -4}),
           ets:update_counter(T, c, {4, 10, 105, 0}),
           ets:update_counter(T, c, {4, 10, 105, 0}),
           ets:update_counter(T, c, {3, -10, 0, 50}),
           ets:update_counter(T, c, [{2, 1}, {2, 1}, {3, 1000, 7, -1}, {4, 0}]),
           ets:update_counter(T, c, []),
           ets:update_counter(T, c, 1 bsl 62),
           ets:update_counter(T, c, -(1 bsl 63)),
           ets:lookup(T, c)}),
        d(ets:update_counter(T, new, 3, {new, 10})),
        d(ets:update_counter(T, new2, {3, 2}, {new2, a, 5})),
        d(ets:update_counter(T, new3, [{2, 1}, {3, -1}], {new3, 0, 0, z})),
        d(ets:update_counter(T, new, 1, {ignored, 0})),
        d(lists:sort(ets:tab2list(T))),
        Errs = [fun() -> ets:update_counter(T, c, a) end,
                fun() -> ets:update_counter(T, c, {5, 1}) end,
                fun() -> ets:update_counter(T, c, {1, 1}) end,
                fun() -> ets:update_counter(T, c, {9, 1}) end,
                fun() -> ets:update_counter(T, c, {2, 1, a, 0}) end,
                fun() -> ets:update_counter(T, c, [{2, 1} | bad]) end,
                fun() -> ets:update_counter(T, missing, 1) end,
                fun() -> ets:update_counter(T, missing, 1, {other, 0}) end,
                fun() -> ets:update_counter(T, missing, 1, {missing}) end,
                fun() -> ets:update_counter(T, missing, {3, 1}, {missing, 0}) end,
                fun() -> ets:update_counter(T, missing, 1, notuple) end,
                fun() -> ets:update_counter(T, c, 1.5) end],
        d([e(F) || F <- Errs]),
        d(ets:lookup(T, missing))
    end, [set, ordered_set]),
    B = ets:new(b, [bag]),
    ets:insert(B, {c, 1}),
    d(e(fun() -> ets:update_counter(B, c, 1) end)),
    K = ets:new(k, [{keypos, 2}]),
    ets:insert(K, {0, k, 0}),
    d(ets:update_counter(K, k, {3, 7})),
    d(e(fun() -> ets:update_counter(K, k, {2, 1}) end)),
    d(ets:update_counter(K, k2, {1, 4}, {1, k2, 2})),
    d(ets:lookup(K, k2)),
    ok.
