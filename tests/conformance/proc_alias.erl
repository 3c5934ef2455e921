-module(proc_alias).
-export([main/0]).
%% Process aliases: messages to an active alias arrive, after unalias they
%% are dropped; monitor aliases with reply_demonitor deactivate on first use.
main() ->
    A = alias(),
    Self = self(),
    spawn(fun() -> A ! {via_alias, 1} end),
    erlang:display(receive {via_alias, N} -> N after 1000 -> none end),
    erlang:display(unalias(A)),
    erlang:display(unalias(A)),
    spawn(fun() -> A ! {via_alias, 2}, Self ! sent end),
    receive sent -> ok end,
    erlang:display(receive {via_alias, M} -> M after 50 -> dropped end),
    B = alias([reply]),
    B ! first, B ! second,
    erlang:display(receive X -> X after 50 -> none end),
    erlang:display(receive Y -> Y after 50 -> none end),
    P = spawn(fun() -> receive {From, Ref} -> From ! {Ref, one}, From ! {Ref, two} end end),
    Mref = monitor(process, P, [{alias, reply_demonitor}]),
    P ! {Mref, Mref},
    erlang:display(receive {Mref, R1} -> R1 after 1000 -> none end),
    erlang:display(receive {Mref, R2} -> R2 after 50 -> none end),
    erlang:display(receive {'DOWN', Mref, process, P, _} -> down after 50 -> no_down end),
    C = alias(),
    erlang:display(catch unalias(not_a_ref)),
    erlang:display(catch alias([bad])),
    erlang:display(unalias(C)),
    ok.
