-module(proc_exit_kill_link).
-export([main/0]).
%% exit(kill) inside a process gives reason kill to its links (trappable,
%% non-trapping partners die with kill); exit(P, kill) gives killed.
main() ->
    Self = self(),
    [run(Self, How, Trap) || How <- [self_exit_kill, killed_by_other, self_exit_killed], Trap <- [false, true]],
    ok.
run(Self, How, Trap) ->
    Partner = spawn(fun() ->
                            process_flag(trap_exit, Trap),
                            Self ! ready,
                            receive {'EXIT', _, R} -> Self ! {partner_got, R}, receive stop -> ok end end
                    end),
    receive ready -> ok end,
    V = spawn(fun() -> link(Partner), Self ! linked, receive go -> ok end,
                       case How of
                           self_exit_kill -> exit(kill);
                           self_exit_killed -> exit(killed);
                           killed_by_other -> receive after infinity -> ok end
                       end end),
    receive linked -> ok end,
    monitor(process, Partner), monitor(process, V),
    case How of killed_by_other -> exit(V, kill); _ -> V ! go end,
    Out = [receive {'DOWN', _, process, V, R} -> {victim, R} end,
           receive {partner_got, R} -> {partner_got, R}; {'DOWN', _, process, Partner, R} -> {partner_down, R} end],
    erlang:display({How, Trap, Out}),
    exit(Partner, kill),
    receive {'DOWN', _, process, Partner, _} -> ok after 100 -> ok end.
