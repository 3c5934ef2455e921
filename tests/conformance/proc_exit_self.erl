-module(proc_exit_self).
-export([main/0]).
%% exit(self(), Reason) for trapping and non-trapping processes.
main() ->
    [run(Trap, Reason) || Trap <- [false, true], Reason <- [normal, kill, custom]],
    ok.
run(Trap, Reason) ->
    Self = self(),
    {T, _M} = spawn_monitor(
                fun() ->
                        process_flag(trap_exit, Trap),
                        exit(self(), Reason),
                        Self ! {after_exit, self()},
                        receive
                            {'EXIT', From, R} -> Self ! {trapped, From =:= self(), R}
                        after 0 -> Self ! nothing
                        end
                end),
    receive {after_exit, T} -> erlang:display({Trap, Reason, continued}) after 100 -> ok end,
    receive
        {trapped, FromSelf, R} -> erlang:display({Trap, Reason, trapped, FromSelf, R});
        nothing -> erlang:display({Trap, Reason, no_message})
    after 100 -> ok
    end,
    receive {'DOWN', _, process, T, Why} -> erlang:display({Trap, Reason, down, Why}) end.
