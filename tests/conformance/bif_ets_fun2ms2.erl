-module(bif_ets_fun2ms2).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").
%% ets:fun2ms/1 through the ms_transform parse transform, used on tables.
d(X) -> erlang:display(X).
main() ->
    T = ets:new(t, [ordered_set]),
    [ets:insert(T, {I, I * I, integer_to_list(I)}) || I <- lists:seq(1, 20)],
    M1 = ets:fun2ms(fun({K, S, _}) when S > 100, K rem 2 =:= 0 -> {K, S} end),
    d(M1), d(ets:select(T, M1)),
    M2 = ets:fun2ms(fun({K, _, Str} = O) when K < 3; K > 18 -> {O, length(Str)} end),
    d(M2), d(ets:select(T, M2)),
    X = 7,
    M3 = ets:fun2ms(fun({K, _, _}) when K =:= X -> [K, X, self() =:= self()] end),
    d(M3), d(ets:select(T, M3)),
    M4 = ets:fun2ms(fun({K, S, _}) when is_integer(K), element(1, {S}) > 300 -> K * 2 + 1 end),
    d(M4), d(ets:select_count(T, ets:fun2ms(fun({_, S, _}) when S > 300 -> true end))),
    d(ets:select(T, M4)),
    M5 = ets:fun2ms(fun({K, _, _}) when K > 15 -> object() end),
    d(M5), d(ets:select(T, M5)),
    M6 = ets:fun2ms(fun({K, _, _}) when K >= 19 -> bindings() end),
    d(M6), d(ets:select(T, M6)),
    d(ets:select_delete(T, ets:fun2ms(fun({K, _, _}) when K > 10 -> true end))),
    d(ets:select(T, ets:fun2ms(fun({K, _, _}) -> K end))),
    ok.
