-module(proc_ets_give_away).
-export([main/0]).
%% ets:give_away/3: the receiver gets {'ETS-TRANSFER', Tab, From, Gift};
%% errors when giving to oneself, to a dead process, or when not the owner.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    Self = self(),
    T = ets:new(g, [named_table, public]),
    ets:insert(T, {a, 1}),
    P = spawn(fun() ->
        receive {'ETS-TRANSFER', Tab, From, Gift} ->
            Self ! {got, Tab, From =:= Self, Gift, ets:info(Tab, owner) =:= self()}
        end,
        receive {give_back, To} -> ets:give_away(g, To, back) end,
        receive stop -> ok end end),
    d(ets:give_away(g, P, {some, gift})),
    receive {got, Tab, FromMe, Gift, Owns} -> d({Tab, FromMe, Gift, Owns}) end,
    d(ets:info(g, owner) =:= P),
    d(e(fun() -> ets:give_away(g, P, again) end)),
    d(e(fun() -> ets:insert(g, {b, 2}) end)),
    P ! {give_back, Self},
    receive {'ETS-TRANSFER', g, From2, G2} -> d({back, From2 =:= P, G2}) end,
    d(e(fun() -> ets:give_away(g, Self, x) end)),
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead), receive {'DOWN', M, _, _, _} -> ok end,
    d(e(fun() -> ets:give_away(g, Dead, x) end)),
    d(e(fun() -> ets:give_away(g, not_a_pid, x) end)),
    d(e(fun() -> ets:give_away(no_such_table, P, x) end)),
    P2 = ets:new(p2, [private]),
    d(ets:give_away(P2, P, private_too)),
    P ! stop,
    d(ets:info(g, owner) =:= Self),
    ok.
