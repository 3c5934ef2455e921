-module(proc_monitor_basic).
-export([main/0]).
%% DOWN messages for normal exits, crashes, kill, exit/1, and a monitor on
%% an already dead process (noproc).
main() ->
    lists:foreach(
      fun({Name, F}) ->
              {P, _} = spawn_monitor(F),
              receive {'DOWN', _, process, P, R} -> erlang:display({Name, R}) end
      end,
      [{normal, fun() -> ok end},
       {exit, fun() -> exit(bye) end},
       {throw, fun() -> throw(t) end},
       {shutdown, fun() -> exit({shutdown, 1}) end},
       {kill_self, fun() -> exit(self(), kill) end}]),
    P = spawn(fun() -> receive _ -> ok end end),
    monitor(process, P),
    exit(P, kill),
    receive {'DOWN', _, process, P, R} -> erlang:display({killed, R}) end,
    erlang:display(is_process_alive(P)),
    R2 = monitor(process, P),
    erlang:display(is_reference(R2)),
    receive {'DOWN', _, Type, P, R3} -> erlang:display({dead, Type, R3}) end,
    receive Any -> erlang:display({unexpected, Any}) after 0 -> erlang:display(empty) end,
    ok.
