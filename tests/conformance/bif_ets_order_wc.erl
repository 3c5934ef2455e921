-module(bif_ets_order_wc).
-export([main/0]).
%% write_concurrency hash tables iterate bucket 0, 64, 128, ... then 1, 65, ...;
%% decentralized counters estimate the size per 1/64 of the keys.
d(X) -> erlang:display(X).
walk(T) -> walk(T, ets:first(T)).
walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
main() ->
    lists:foreach(fun(Opts) ->
        T = ets:new(t, Opts),
        [ets:insert(T, {I}) || I <- lists:seq(1, 300)],
        d({Opts, lists:sublist(ets:tab2list(T), 20)}),
        d(lists:sublist(walk(T), 20)),
        d(erlang:phash2(ets:tab2list(T))),
        {C, _} = ets:select(T, [{'_', [], ['$_']}], 5),
        d(C),
        [ets:insert(T, {I}) || I <- lists:seq(301, 3000)],
        d(erlang:phash2(ets:tab2list(T))),
        d(ets:info(T, memory)),
        [ets:delete(T, I) || I <- lists:seq(5, 3000)],
        d(ets:tab2list(T)),
        d({ets:info(T, write_concurrency), ets:info(T, decentralized_counters)})
    end, [[set, public, {write_concurrency, true}],
          [bag, public, {write_concurrency, true}],
          [set, public, {write_concurrency, true}, {decentralized_counters, true}],
          [set, private, {write_concurrency, true}]]),
    ok.
