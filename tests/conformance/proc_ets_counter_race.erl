-module(proc_ets_counter_race).
-export([main/0]).
%% Four processes race on update_counter (shared and own counters,
%% thresholds, defaults); every increment is counted.
d(X) -> erlang:display(X).
worker(T, Id, N, Parent) ->
    spawn(fun() ->
        [begin
             ets:update_counter(T, shared, 1),
             ets:update_counter(T, {own, Id}, {2, 1}, {{own, Id}, 0}),
             ets:update_counter(T, wrap, {2, 1, 99, 0}),
             ets:update_counter(T, pair, [{2, 1}, {3, -1}]),
             case I rem 100 of 0 -> erlang:yield(); _ -> ok end
         end || I <- lists:seq(1, N)],
        Parent ! {done, Id}
    end).
main() ->
    lists:foreach(fun(Opts) ->
        T = ets:new(c, [public | Opts]),
        ets:insert(T, [{shared, 0}, {wrap, 0}, {pair, 0, 0}]),
        [worker(T, Id, 5000, self()) || Id <- [1, 2, 3, 4]],
        [receive {done, Id} -> ok end || Id <- [1, 2, 3, 4]],
        d({Opts, ets:lookup(T, shared), ets:lookup(T, wrap), ets:lookup(T, pair),
           lists:sort(ets:match(T, {{own, '$1'}, '$2'}))})
    end, [[set], [ordered_set], [set, {write_concurrency, true}], [ordered_set, {write_concurrency, true}, {read_concurrency, true}]]),
    ok.
