-module(proc_sup_order).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/2, worker/2]).
%% Start and shutdown order of children (one_for_all restart: terminated
%% in reverse order, started in order), seen through a log process.
init(Log) ->
    Children = [#{id => Id, start => {?MODULE, start_worker, [Id, Log]}, shutdown => 1000} || Id <- [a, b, c, d]],
    {ok, {#{strategy => one_for_all, intensity => 5, period => 10}, Children}}.
start_worker(Id, Log) ->
    Log ! {start, Id},
    {ok, spawn_link(?MODULE, worker, [Id, Log])}.
worker(Id, Log) ->
    process_flag(trap_exit, true),
    register(Id, self()),
    receive
        crash -> exit(crashed);
        {'EXIT', _, R} -> Log ! {stop, Id, R}, exit(R)
    end.
main() ->
    Log = self(),
    {ok, Sup} = supervisor:start_link(?MODULE, Log),
    unlink(Sup),
    erlang:display(drain()),
    receive after 20 -> ok end,
    c ! crash,
    receive after 100 -> ok end,
    erlang:display(drain()),
    monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', _, process, Sup, R} -> erlang:display({sup_down, R}) end,
    erlang:display(drain()),
    ok.
drain() -> receive M -> [M | drain()] after 20 -> [] end.
