-module(proc_sup_one_for_all).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).
%% A stock supervisor with one_for_all: every child restarts.
init(Strategy) ->
    Children = [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- [w1, w2, w3]],
    {ok, {#{strategy => Strategy, intensity => 10, period => 10}, Children}}.
start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    register(Id, Pid),
    {ok, Pid}.
worker(Id) ->
    receive
        crash -> exit({crashed, Id});
        {ping, From} -> From ! {pong, Id}, worker(Id)
    end.
main() ->
    {ok, Sup} = supervisor:start_link(?MODULE, one_for_all),
    unlink(Sup),
    Before = pids(),
    erlang:display(ids(Sup)),
    erlang:display(supervisor:count_children(Sup)),
    w2 ! crash,
    receive after 50 -> ok end,
    After = pids(),
    erlang:display(changed(Before, After)),
    [begin Id ! {ping, self()}, receive {pong, Id} -> erlang:display({pong, Id}) end end || Id <- [w1, w2, w3]],
    erlang:display(supervisor:terminate_child(Sup, w1)),
    erlang:display(whereis(w1)),
    erlang:display([{Id, is_pid(C)} || {Id, C, _, _} <- supervisor:which_children(Sup)]),
    erlang:display(supervisor:restart_child(Sup, w1)=/= error),
    erlang:display(supervisor:delete_child(Sup, w3)),
    erlang:display(supervisor:terminate_child(Sup, w3)),
    erlang:display(ids(Sup)),
    erlang:display(supervisor:count_children(Sup)),
    monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', _, process, Sup, R} -> erlang:display({sup_down, R}) end,
    erlang:display([whereis(Id) || Id <- [w1, w2, w3]]),
    ok.
ids(Sup) -> [{Id, Type, Mods} || {Id, _, Type, Mods} <- supervisor:which_children(Sup)].
pids() -> [whereis(Id) || Id <- [w1, w2, w3]].
changed(B, A) -> [Bp =/= Ap || {Bp, Ap} <- lists:zip(B, A)].
