%% The demo: a supervision tree built from the stock supervisor and
%% gen_server modules, running unmodified on OpenBEAM. A one_for_one
%% supervisor keeps a counter server and a worker pool alive; the demo
%% crashes them and shows the restarts, then exceeds the restart intensity.
-module(demo_sup).
-behaviour(supervisor).
-export([main/0, start_link/0, init/1]).

start_link() -> supervisor:start_link({local, demo_sup}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => one_for_one, intensity => 3, period => 10},
    Children = [#{id => counter, start => {demo_counter, start_link, []}},
                #{id => squarer, start => {demo_counter, start_squarer, []}}],
    {ok, {Flags, Children}}.

main() ->
    process_flag(trap_exit, true),
    {ok, Sup} = start_link(),
    say("supervisor started with children ~p", [ids()]),
    say("counter: ~p, ~p, ~p", [demo_counter:bump(), demo_counter:bump(), demo_counter:bump()]),
    say("squares: ~p", [[demo_counter:square(N) || N <- lists:seq(1, 5)]]),
    Old = whereis(demo_counter),
    {'EXIT', {{Crash, _Stack}, _}} = (catch demo_counter:crash()),
    say("crashed the counter with a bad request: ~w", [Crash]),
    restarted = wait_restart(demo_counter, Old, Sup),
    say("restarted (new pid: ~p); counter starts over: ~p", [whereis(demo_counter) =/= Old, demo_counter:bump()]),
    say("children: ~p", [supervisor:count_children(demo_sup)]),
    say("killing the counter 4 times in a row (intensity 3 in 10 s)...", []),
    kill_until_down(demo_counter, Sup, 4).

ids() -> [Id || {Id, _, _, _} <- supervisor:which_children(demo_sup)].

%% Waits until `Name` runs again (restarted) or the supervisor exits.
wait_restart(Name, Old, Sup) ->
    receive
        {'EXIT', Sup, Reason} -> {gave_up, Reason}
    after 0 ->
        case whereis(Name) of
            P when is_pid(P), P =/= Old -> restarted;
            _ -> receive after 1 -> wait_restart(Name, Old, Sup) end
        end
    end.

%% Kills the current counter N times, each time waiting until the supervisor
%% restarted it or gave up.
kill_until_down(Name, Sup, N) ->
    P = whereis(Name),
    exit(P, kill),
    say("  killed the counter (~b left)", [N - 1]),
    case wait_restart(Name, P, Sup) of
        restarted -> kill_until_down(Name, Sup, N - 1);
        {gave_up, Reason} -> say("supervisor gave up: ~w", [Reason])
    end.

%% Bare mode has no io server: erlang:display_string/1 writes to stderr.
say(Fmt, Args) -> erlang:display_string(lists:flatten(io_lib:format(Fmt ++ "~n", Args))).
