-module(bif_ets_named).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.

%% Named tables, rename, whereis, info/1, options, protection, heir.
main() ->
    d(ets:new(my_tab, [named_table, public])),
    d(ets:insert(my_tab, {k, v})),
    d(ets:lookup(my_tab, k)),
    Tid = ets:whereis(my_tab),
    d(is_reference(Tid)),
    d(ets:lookup(Tid, k)),
    d(ets:info(Tid, name)),
    d(ets:info(my_tab, id) =:= Tid),
    d(ets:rename(my_tab, renamed)),
    d(ets:whereis(my_tab)),
    d(ets:whereis(renamed) =:= Tid),
    d(e(fun() -> ets:lookup(my_tab, k) end)),
    d(ets:lookup(renamed, k)),
    d(ets:info(Tid, name)),
    d(ets:rename(Tid, renamed_again)),
    d(ets:new(renamed, [named_table]) =/= x),
    d(e(fun() -> ets:rename(renamed_again, renamed) end)),
    %% unnamed tables may share a name
    A = ets:new(same, []),
    B = ets:new(same, []),
    d({A =/= B, ets:info(A, name), ets:info(B, name), ets:info(A, named_table), ets:whereis(same)}),
    d(ets:rename(A, other) =:= A),
    d(ets:info(A, name)),
    %% info/1 without the values that differ between runs
    Info = ets:info(renamed_again),
    d([K || {K, _} <- Info]),
    d([V || {K, V} <- Info, not lists:member(K, [id, memory, owner])]),
    d(proplists:get_value(owner, Info) =:= self()),
    d(is_integer(proplists:get_value(memory, Info))),
    %% options
    Opts = [[set], [ordered_set], [bag], [duplicate_bag], [public], [protected], [private],
            [{keypos, 3}], [{heir, none}], [{heir, self(), data}], [{read_concurrency, true}],
            [{write_concurrency, true}], [{write_concurrency, auto}], [{write_concurrency, true}, ordered_set],
            [{decentralized_counters, true}], [{decentralized_counters, false}, {write_concurrency, true}, ordered_set],
            [compressed], [bag, set, private, public]],
    [begin
         T = ets:new(o, O),
         d({[case X of {heir, P, D} when P =:= self() -> {heir, self, D}; _ -> X end || X <- O], [ets:info(T, I) || I <- [type, protection, keypos, read_concurrency, write_concurrency,
                                        decentralized_counters, compressed, named_table]],
            ets:info(T, heir) =:= case O of [{heir, P, _}] -> P; _ -> none end}),
         ets:delete(T)
     end || O <- Opts],
    %% setopts
    S = ets:new(s, [protected]),
    d(ets:setopts(S, [{protection, public}])),
    d(ets:info(S, protection)),
    d(ets:setopts(S, {heir, self(), gift})),
    d(ets:info(S, heir) =:= self()),
    d(ets:setopts(S, [{heir, none}, {protection, private}])),
    d({ets:info(S, heir), ets:info(S, protection)}),
    d(ets:insert(S, {private_owner_can_write})),
    d(ets:lookup(S, private_owner_can_write)),
    %% delete makes the name free again
    d(ets:delete(renamed)),
    d(ets:whereis(renamed)),
    d(ets:info(renamed)),
    d(ets:new(renamed, [named_table]) =:= renamed),
    d(ets:delete(renamed_again)),
    d(e(fun() -> ets:insert(renamed_again, {x}) end)),
    ok.
