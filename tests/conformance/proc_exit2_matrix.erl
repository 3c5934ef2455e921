-module(proc_exit2_matrix).
-export([main/0]).
%% exit/2 sent by another process to a target that traps or not, for
%% reasons normal, kill, and a custom term; outcome seen through a monitor.
main() ->
    [run(Trap, Reason) || Trap <- [false, true], Reason <- [normal, kill, custom, {some, tuple}, killed]],
    ok.
run(Trap, Reason) ->
    Self = self(),
    T = spawn(fun() ->
                      process_flag(trap_exit, Trap),
                      Self ! ready,
                      receive
                          {'EXIT', From, R} -> Self ! {trapped, From =:= Self, R},
                                                receive stop -> ok end;
                          stop -> ok
                      end
              end),
    monitor(process, T),
    receive ready -> ok end,
    exit(T, Reason),
    receive
        {trapped, FromSelf, R} -> erlang:display({Trap, Reason, trapped, FromSelf, R}),
                                  T ! stop
    after 50 -> T ! stop
    end,
    receive {'DOWN', _, process, T, Why} -> erlang:display({Trap, Reason, down, Why}) end,
    ok.
