-module(proc_sup_intensity).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).
%% More restarts than intensity allows within period: the supervisor
%% terminates its children and exits with shutdown.
init({Intensity, Period}) ->
    {ok, {#{strategy => one_for_one, intensity => Intensity, period => Period},
          [#{id => w, start => {?MODULE, start_worker, [none]}},
           #{id => other, start => {?MODULE, start_worker, [none]}}]}}.
start_worker(Log) ->
    P = spawn_link(?MODULE, worker, [Log]),
    case Log of none -> ok; _ -> Log ! {started, P} end,
    {ok, P}.
worker(_) -> receive crash -> exit(crashed) end.
main() ->
    run({2, 10}, 2),
    run({2, 10}, 3),
    run({0, 1}, 1),
    ok.
run(Limits, Crashes) ->
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, Limits),
    Other = hd([C || {other, C, _, _} <- supervisor:which_children(Sup)]),
    Result = crash(Sup, Crashes),
    receive after 50 -> ok end,
    erlang:display({Limits, Crashes, Result, is_process_alive(Sup), is_process_alive(Other)}),
    receive {'EXIT', Sup, R} -> erlang:display({sup_exit, R}) after 0 -> unlink(Sup), exit(Sup, kill) end,
    flush().
crash(_Sup, 0) -> done;
crash(Sup, K) ->
    case [C || {w, C, _, _} <- supervisor:which_children(Sup)] of
        [P] when is_pid(P) ->
            monitor(process, P),
            P ! crash,
            receive {'DOWN', _, process, P, _} -> ok end,
            receive after 20 -> ok end,
            case is_process_alive(Sup) of
                true -> crash(Sup, K - 1);
                false -> {sup_died_after, K}
            end;
        Other -> {no_child, Other}
    end.
flush() -> receive _ -> flush() after 0 -> ok end.
