-module(e_partial_key).
-export([main/0]).
%% ordered_set of 1M objects with keys {Group, N}: 20k selects with a
%% partially bound key {Group, '_'} each visit only their group (the tree
%% order), plus chunked selects through continuations.
main() ->
    O = ets:new(o, [ordered_set, public]),
    [ets:insert(O, {{G, N}, G + N}) || G <- lists:seq(1, 10000), N <- lists:seq(1, 100)],
    T0 = erlang:monotonic_time(microsecond),
    A = sel(O, 20000, 0),
    B = chunks(O, 2000, 0),
    T1 = erlang:monotonic_time(microsecond),
    erlang:display({ets:info(O, size), A, B}),
    erlang:display(T1 - T0).
sel(_, 0, Acc) -> Acc;
sel(T, N, Acc) ->
    G = N rem 10000 + 1,
    L = ets:select(T, [{{{G, '$1'}, '$2'}, [{'>', '$1', 50}], ['$2']}]),
    sel(T, N - 1, Acc + lists:sum(L)).
chunks(_, 0, Acc) -> Acc;
chunks(T, N, Acc) ->
    G = N rem 10000 + 1,
    chunks(T, N - 1, Acc + drain(ets:select(T, [{{{G, '_'}, '$1'}, [], ['$1']}], 30), 0)).
drain('$end_of_table', Acc) -> Acc;
drain({L, C}, Acc) -> drain(ets:select(C), Acc + length(L)).
