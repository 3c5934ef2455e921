%% The demo: starts the sdemo application (a top supervisor, two
%% sub-supervisors, four gen_server workers), uses the workers, crashes
%% some and shows the supervisors restarting them, then stops it.
%%
%%   erl -noshell -pa ebin -eval 'sdemo:main(), halt().'
-module(sdemo).
-export([main/0]).

main() ->
    %% Reports go through our handler (no timestamps or pids), not the default one.
    ok = logger:remove_handler(default),
    ok = logger:add_handler(sdemo, sdemo_report, #{level => all}),
    ok = logger:set_primary_config(level, info),
    io:format("starting: ~p~n", [application:ensure_all_started(sdemo)]),
    ok = logger:set_primary_config(level, notice),
    show_tree(),
    [sdemo_worker:bump(counter_a) || _ <- lists:seq(1, 3)],
    sdemo_worker:bump(counter_b),
    sdemo_worker:bump(store),
    show_counts(),

    io:format("~ncrashing counter_a (one_for_one: only it restarts)~n"),
    Restarted = restart_of(counter_a, fun() -> sdemo_worker:crash(counter_a) end),
    io:format("counter_a restarted: ~p~n", [Restarted]),
    show_counts(),

    io:format("~ncrashing store (rest_for_one: the cache restarts too)~n"),
    OldCache = whereis(cache),
    restart_of(store, fun() -> sdemo_worker:crash(store) end),
    wait_until(fun() -> is_pid(whereis(cache)) andalso whereis(cache) =/= OldCache end),
    io:format("cache restarted too: ~p~n", [whereis(cache) =/= OldCache]),
    show_counts(),
    io:format("top supervisor's children (not restarted): ~w~n",
              [[{Id, supervisor:count_children(Id)} || {Id, _, _, _} <- supervisor:which_children(sdemo_top_sup)]]),

    io:format("~nstopping: ~p~n", [application:stop(sdemo)]),
    io:format("supervisors left: ~p~n",
              [[N || N <- [sdemo_top_sup, sdemo_worker_sup, sdemo_store_sup], whereis(N) =/= undefined]]),
    ok.

show_tree() ->
    io:format("supervision tree:~n"),
    show_tree(sdemo_top_sup, 1).

show_tree(Sup, Depth) ->
    Children = lists:reverse(supervisor:which_children(Sup)),
    lists:foreach(
      fun({Id, _Pid, supervisor, _}) ->
              io:format("~s~p (supervisor, ~p)~n", [indent(Depth), Id, strategy(Id)]),
              show_tree(Id, Depth + 1);
         ({Id, _Pid, worker, Mods}) ->
              io:format("~s~p (worker ~p)~n", [indent(Depth), Id, Mods])
      end, Children).

strategy(Sup) ->
    {ok, {#{strategy := S}, _}} = Sup:init([]),
    S.

indent(D) -> lists:duplicate(2 * D, $\s).

show_counts() ->
    io:format("counters: ~p~n", [[{N, sdemo_worker:value(N)} || N <- [counter_a, counter_b, store, cache]]]).

%% Runs Crash and waits until the registered Name is a new process.
restart_of(Name, Crash) ->
    Old = whereis(Name),
    Crash(),
    wait_until(fun() -> is_pid(whereis(Name)) andalso whereis(Name) =/= Old end).

wait_until(F) ->
    case F() of
        true -> true;
        false -> receive after 5 -> wait_until(F) end
    end.
