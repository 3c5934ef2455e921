-module(proc_link_crash_trap).
-export([main/0, crash/1]).
%% Crash reasons as a trapping parent sees them through a link.
crash(error) -> erlang:error(my_error);
crash(badarith) -> 1 / zero();
crash(badmatch) -> {a, _} = id({b, c});
crash(function_clause) -> f(id(3));
crash(case_clause) -> case id(7) of 1 -> ok end;
crash(if_clause) -> X = id(2), if X > 5 -> ok end;
crash(throw) -> throw(ball);
crash(exit) -> exit(my_exit);
crash(exit_tuple) -> exit({shutdown, why});
crash(undef) -> nomodule_here:nofun(1, 2);
crash(badarg) -> atom_to_list(id(42));
crash(badfun) -> (id(notafun))();
crash(badarity) -> (id(fun(_) -> ok end))().
f(1) -> one.
id(X) -> X.
zero() -> 0.
main() ->
    process_flag(trap_exit, true),
    lists:foreach(
      fun(K) ->
              P = spawn_link(?MODULE, crash, [K]),
              receive {'EXIT', P, Reason} -> erlang:display({K, Reason}) end
      end,
      [error, badarith, badmatch, function_clause, case_clause, if_clause,
       throw, exit, exit_tuple, undef, badarg, badfun]),
    ok.
