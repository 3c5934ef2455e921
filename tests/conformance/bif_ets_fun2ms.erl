-module(bif_ets_fun2ms).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

d(X) -> erlang:display(X).

-record(emp, {id, name, dept, salary}).

%% Specs written with ets:fun2ms (ms_transform, compile time) run on the
%% ETS match-spec engine: records, guards, constructions, object().
main() ->
    T = ets:new(emps, [ordered_set, {keypos, #emp.id}]),
    ets:insert(T, [#emp{id = I, name = list_to_atom([$a + I]), dept = element(1 + I rem 3, {eng, ops, sales}),
                        salary = 1000 + I * 150} || I <- lists:seq(1, 15)]),
    Specs = [ets:fun2ms(fun(#emp{dept = eng, name = N}) -> N end),
             ets:fun2ms(fun(#emp{salary = S, id = I}) when S > 2500, I rem 2 =:= 0 -> {I, S} end),
             ets:fun2ms(fun(#emp{dept = D} = E) when D =:= ops orelse D =:= sales -> E#emp.id end),
             ets:fun2ms(fun(#emp{id = I, salary = S}) when S >= 2000 andalso S < 2600 -> [I, S * 2] end),
             ets:fun2ms(fun(E = #emp{}) when element(#emp.dept, E) == sales -> object() end),
             ets:fun2ms(fun(#emp{id = I, name = N}) when is_atom(N), I > 12 -> #{id => I, name => N} end),
             ets:fun2ms(fun({emp, I, _, _, S}) when I < 3 -> {I, S div 7, S rem 7, -S, abs(-S)} end),
             ets:fun2ms(fun(#emp{id = I}) when I =:= 4; I =:= 9 -> {I, self() =:= self()} end),
             ets:fun2ms(fun(#emp{id = I, dept = D}) when not (D =:= eng), I < 6 -> {D, I, float(I)} end),
             ets:fun2ms(fun(#emp{id = I}) when is_integer(I), I band 1 =:= 1, I bsr 2 == 1 -> I end)],
    [begin d(S), d(ets:select(T, S)) end || S <- Specs],
    d(ets:select_count(T, ets:fun2ms(fun(#emp{salary = S}) when S > 2000 -> true end))),
    d(ets:select_replace(T, ets:fun2ms(fun(#emp{id = I} = E) when I > 13 -> E#emp{salary = 0} end))),
    d(ets:lookup(T, 15)),
    d(ets:select_delete(T, ets:fun2ms(fun(#emp{dept = eng}) -> true end))),
    d([I || #emp{id = I} <- ets:tab2list(T)]),
    ok.
