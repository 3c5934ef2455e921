-module(proc_send_variants).
-export([main/0]).
%% erlang:send/2,3 and send_nosuspend with their options and return values.
e(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main() ->
    erlang:display(erlang:send(self(), a)),
    erlang:display(erlang:send(self(), b, [])),
    erlang:display(erlang:send(self(), c, [noconnect])),
    erlang:display(erlang:send(self(), d, [nosuspend])),
    erlang:display(erlang:send(self(), e, [noconnect, nosuspend])),
    erlang:display(e(fun() -> erlang:send(self(), f, [bad]) end)),
    erlang:display(e(fun() -> erlang:send(self(), f, notalist) end)),
    erlang:display(erlang:send_nosuspend(self(), g)),
    erlang:display(erlang:send_nosuspend(self(), h, [noconnect])),
    erlang:display(drain()),
    register(sv_name, self()),
    erlang:display(erlang:send(sv_name, i, [])),
    erlang:display(erlang:send({sv_name, node()}, j, [noconnect])),
    erlang:display(e(fun() -> erlang:send(no_such_name, k, []) end)),
    erlang:display(drain()),
    ok.
drain() -> receive M -> [M | drain()] after 0 -> [] end.
