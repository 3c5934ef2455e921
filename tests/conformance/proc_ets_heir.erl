-module(proc_ets_heir).
-export([main/0]).
%% {heir, Pid, Data}: the heir gets {'ETS-TRANSFER', Tab, From, Data} and
%% becomes the owner; an heir that is dead or is the owner itself does not
%% inherit; setopts changes the heir.
d(X) -> erlang:display(X).
main() ->
    Self = self(),
    %% heir inherits, then passes it on to a second heir
    P = spawn(fun() ->
        T = ets:new(h1, [named_table, {heir, Self, {gift, 1}}]),
        ets:insert(T, {k, v}),
        Self ! ready, receive go -> ok end end),
    receive ready -> ok end,
    P ! go,
    receive {'ETS-TRANSFER', h1, From, Data} -> d({transfer, From =:= P, Data}) end,
    d({ets:info(h1, owner) =:= Self, ets:info(h1, heir) =:= Self, ets:lookup(h1, k)}),
    ets:insert(h1, {k2, v2}),
    %% heir that died before the owner: the table is deleted
    Dead = spawn(fun() -> ok end),
    M = monitor(process, Dead), receive {'DOWN', M, _, _, _} -> ok end,
    P2 = spawn(fun() ->
        ets:new(h2, [named_table, {heir, Dead, lost}]),
        Self ! ready, receive go -> ok end end),
    receive ready -> ok end,
    M2 = monitor(process, P2), P2 ! go, receive {'DOWN', M2, _, _, _} -> ok end,
    d({h2, ets:info(h2, size)}),
    %% setopts to set, change and clear the heir
    P3 = spawn(fun() ->
        ets:new(h3, [named_table, public]),
        Self ! ready,
        receive {heir, H} -> ets:setopts(h3, [{heir, H, via_setopts}]) end,
        Self ! set,
        receive go -> ok end end),
    receive ready -> ok end,
    d(ets:info(h3, heir)),
    P3 ! {heir, Self},
    receive set -> ok end,
    d(ets:info(h3, heir) =:= Self),
    P3 ! go,
    receive {'ETS-TRANSFER', h3, _, D3} -> d({h3, D3}) end,
    %% heir none after setopts: deleted on death
    P4 = spawn(fun() ->
        ets:new(h4, [named_table, {heir, Self, x}]),
        ets:setopts(h4, {heir, none}),
        Self ! ready, receive go -> ok end end),
    receive ready -> ok end,
    d(ets:info(h4, heir)),
    M4 = monitor(process, P4), P4 ! go, receive {'DOWN', M4, _, _, _} -> ok end,
    d({h4, ets:info(h4, size)}),
    receive Any -> d({unexpected, Any}) after 50 -> d(no_more_messages) end,
    ok.
