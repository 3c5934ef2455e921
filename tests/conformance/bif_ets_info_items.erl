-module(bif_ets_info_items).
-export([main/0]).
%% info/1 and info/2 items for every type and option.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R -> {C, R} end.
%% (compressed tables: erl stores a compressed format; memory differs)
clean(L) -> [case I of {id, R} -> {id, is_reference(R)}; {owner, P} -> {owner, P =:= self()};
                       {memory, _} -> case lists:member({compressed, true}, L) of
                                          true -> {memory, compressed}; false -> I end;
                       {heir, P} when is_pid(P) -> {heir, P =:= self()}; _ -> I end || I <- L].
main() ->
    lists:foreach(fun(Opts) ->
        T = ets:new(inf, Opts),
        ets:insert(T, [{a, 1, 2}, {b, 2, 3}]),
        d({[case O of {heir, _, _} -> heir; _ -> O end || O <- Opts], clean(ets:info(T))}),
        d([e(fun() -> ets:info(T, I) end)
           || I <- [name, named_table, type, keypos, protection, size, node, compressed,
                    read_concurrency, write_concurrency, decentralized_counters, fixed,
                    safe_fixed, stats, bogus]]),
        ets:delete(T),
        d({ets:info(T), ets:info(T, size)})
    end, [[], [ordered_set, named_table, public], [bag, {keypos, 2}, private],
          [duplicate_bag, compressed, {read_concurrency, true}],
          [set, {write_concurrency, true}, {heir, self(), x}],
          [ordered_set, {write_concurrency, auto}], [set, {write_concurrency, auto}],
          [bag, private, {write_concurrency, true}, {decentralized_counters, true}]]),
    d(e(fun() -> ets:info(7) end)),
    d(e(fun() -> ets:info(7, size) end)),
    d(e(fun() -> ets:info(nonexistent, size) end)),
    ok.
