-module(bif_ets_slot2).
-export([main/0]).
%% slot/2: hash buckets in erl's layout, ordered_set positions.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
slots(T, I) ->
    case ets:slot(T, I) of
        '$end_of_table' -> [{end_at, I}];
        [] -> slots(T, I + 1);
        L -> [{I, L} | slots(T, I + 1)]
    end.
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type]),
        [ets:insert(T, {I rem 50, I}) || I <- lists:seq(1, 120)],
        d({Type, slots(T, 0)}),
        [ets:insert(T, {I, I}) || I <- lists:seq(1000, 1400)],
        S = slots(T, 0),
        d({Type, length(S), lists:last(S), lists:sublist(S, 3)}),
        d(e(fun() -> ets:slot(T, -1) end)),
        d(e(fun() -> ets:slot(T, 100000) end))
    end, [set, bag, duplicate_bag, ordered_set]),
    ok.
