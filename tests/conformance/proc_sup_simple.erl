-module(proc_sup_simple).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/2, worker/1]).
%% simple_one_for_one: dynamic children from one template, restart types.
init(Restart) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 10, period => 10},
          [#{id => worker, start => {?MODULE, start_worker, [extra]}, restart => Restart}]}}.
start_worker(extra, Tag) -> {ok, spawn_link(?MODULE, worker, [Tag])}.
worker(Tag) ->
    receive
        crash -> exit({crashed, Tag});
        stop -> ok;
        {tag, From} -> From ! {tag, Tag}, worker(Tag)
    end.
main() ->
    [run(R) || R <- [permanent, transient, temporary]],
    ok.
run(Restart) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Restart),
    unlink(Sup),
    Ps = [begin {ok, P} = supervisor:start_child(Sup, [T]), P end || T <- [t1, t2, t3]],
    erlang:display({Restart, supervisor:count_children(Sup)}),
    [P1, P2, P3] = Ps,
    P1 ! crash,
    P2 ! stop,
    receive after 50 -> ok end,
    Children = supervisor:which_children(Sup),
    erlang:display({Restart, length(Children), [Type || {_, _, Type, _} <- Children]}),
    Tags = lists:sort([begin C ! {tag, self()}, receive {tag, T} -> T end end || {_, C, _, _} <- Children]),
    erlang:display({Restart, Tags}),
    erlang:display(supervisor:terminate_child(Sup, P3)),
    erlang:display(supervisor:terminate_child(Sup, P3)),
    erlang:display({Restart, supervisor:count_children(Sup)}),
    erlang:display(catch supervisor:restart_child(Sup, worker)),
    erlang:display(catch supervisor:delete_child(Sup, worker)),
    monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', _, process, Sup, R} -> erlang:display({sup_down, R}) end.
