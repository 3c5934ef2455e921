-module(proc_ets_owner_death).
-export([main/0]).
%% Tables die with their owner (normal exit, crash, kill), named tables free
%% their name; tables of other processes survive.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R -> {C, R} end.
owner(Self, Opts, How) ->
    spawn(fun() ->
        T = ets:new(owned, Opts),
        ets:insert(T, [{1, one}, {2, two}]),
        Self ! {tab, self(), T},
        receive go -> ok end,
        case How of
            normal -> ok;
            crash -> erlang:error(boom);
            wait -> receive never -> ok end
        end
    end).
main() ->
    Self = self(),
    lists:foreach(fun({Opts, How}) ->
        P = owner(Self, Opts, How),
        T = receive {tab, P, Tab} -> Tab end,
        Ref = monitor(process, P),
        d({Opts, How, ets:info(T, size), ets:info(T, owner) =:= P, e(fun() -> ets:lookup(T, 1) end)}),
        case How of wait -> exit(P, kill); _ -> P ! go end,
        receive {'DOWN', Ref, process, P, R} -> d(R) end,
        d({ets:info(T, size), ets:info(T, owner), e(fun() -> ets:lookup(T, 1) end),
           lists:member(T, ets:all())})
    end, [{[public], normal}, {[named_table, public], crash}, {[ordered_set, protected], wait},
          {[bag, private, named_table], normal}]),
    d(ets:whereis(owned)),
    Mine = ets:new(owned, [named_table]),
    d(Mine),
    d(ets:info(owned, size)),
    ok.
