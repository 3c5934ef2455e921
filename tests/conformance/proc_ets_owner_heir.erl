-module(proc_ets_owner_heir).
-export([main/0]).
main() ->
    Self = self(),
    P = spawn(fun() -> T = ets:new(tab, [named_table, public, {heir, Self, gift}]), ets:insert(T, {a, 1}), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    erlang:display(ets:info(tab, owner) =:= P),
    P ! stop,
    receive {'ETS-TRANSFER', tab, P, gift} -> erlang:display(transferred) after 1000 -> erlang:display(no_transfer) end,
    erlang:display(ets:info(tab, owner) =:= self()),
    Q = spawn(fun() -> ets:new(tab2, [named_table]), Self ! made, receive stop -> ok end end),
    receive made -> ok end,
    erlang:display(ets:info(tab2, size)),
    exit(Q, kill),
    receive after 10 -> ok end,
    erlang:display(ets:info(tab2, size)),
    erlang:display(ets:lookup(tab, a)).
