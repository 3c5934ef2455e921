%% Reference runner for tools/conformance-check --regen (runs on the real erl).
%%
%%   erl -noshell -noinput -pa TESTDIR -pa RUNNERDIR -s conformance_runner run NAME
%%
%% Runs NAME:main() in a fresh process (so stack traces hold no init or
%% shell frames), waits for it to finish and halts. Exit status 0 when the
%% program returned normally, 1 when it crashed or timed out (the reason
%% goes to stderr; stdout holds only what the program printed).
-module(conformance_runner).
-export([run/1]).

run([Name]) when is_atom(Name) ->
    %% Keep crash reports of the test process off stdout.
    _ = logger:set_primary_config(level, none),
    {Pid, Ref} = spawn_monitor(Name, main, []),
    receive
        {'DOWN', Ref, process, Pid, normal} ->
            erlang:halt(0);
        {'DOWN', Ref, process, Pid, Reason} ->
            io:format(standard_error, "conformance_runner: ~p:main() exited: ~tp~n",
                      [Name, Reason]),
            erlang:halt(1)
    after 55000 ->
            io:format(standard_error, "conformance_runner: ~p:main() timed out~n", [Name]),
            erlang:halt(1)
    end.
