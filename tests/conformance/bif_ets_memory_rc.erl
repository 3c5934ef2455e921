-module(bif_ets_memory_rc).
-export([main/0]).

%% ets:info(T, memory) with read_concurrency: the reader bookkeeping of the
%% table lock (every lock of a write_concurrency hash table, the base node
%% of a write_concurrency ordered_set; none for private tables).
main() ->
    Opts = [[], [{read_concurrency, true}], [{write_concurrency, true}],
            [{read_concurrency, true}, {write_concurrency, true}],
            [{read_concurrency, true}, {write_concurrency, auto}],
            [bag, {read_concurrency, true}], [duplicate_bag, {read_concurrency, true}, {write_concurrency, true}],
            [ordered_set, {read_concurrency, true}], [ordered_set, {read_concurrency, true}, {write_concurrency, true}],
            [private, {read_concurrency, true}], [ordered_set, private, {read_concurrency, true}],
            [{read_concurrency, true}, {write_concurrency, true}, {decentralized_counters, true}]],
    [begin
         T = ets:new(x, O),
         M0 = ets:info(T, memory),
         ets:insert(T, [{I, I} || I <- lists:seq(1, 3000)]),
         erlang:display({O, M0, ets:info(T, memory), ets:info(T, read_concurrency)}),
         ets:delete(T)
     end || O <- Opts],
    ok.
