-module(proc_sup_gen_server_tree).
-behaviour(supervisor).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, start_server/1]).
%% A two-level supervision tree of stock supervisors and gen_servers;
%% restarted servers lose their state, counts per level.
init({sup, top}) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => sub, start => {supervisor, start_link, [{local, sub_sup}, ?MODULE, {sup, sub}]}, type => supervisor},
           #{id => s0, start => {?MODULE, start_server, [s0]}}]}};
init({sup, sub}) ->
    {ok, {#{strategy => rest_for_one, intensity => 5, period => 10},
          [#{id => Id, start => {?MODULE, start_server, [Id]}} || Id <- [s1, s2]]}};
init({server, Id}) -> {ok, {Id, 0}}.
start_server(Id) -> gen_server:start_link({local, Id}, ?MODULE, {server, Id}, []).
handle_call(incr, _, {Id, N}) -> {reply, N + 1, {Id, N + 1}};
handle_call(crash, _, _) -> erlang:error(asked_to).
handle_cast(_, S) -> {noreply, S}.
main() ->
    {ok, Top} = supervisor:start_link({local, top_sup}, ?MODULE, {sup, top}),
    unlink(Top),
    erlang:display([{Id, Type} || {Id, _, Type, _} <- supervisor:which_children(top_sup)]),
    erlang:display([{Id, Type} || {Id, _, Type, _} <- supervisor:which_children(sub_sup)]),
    [gen_server:call(S, incr) || S <- [s0, s1, s1, s2, s2, s2]],
    erlang:display([gen_server:call(S, incr) || S <- [s0, s1, s2]]),
    erlang:display(element(1, catch gen_server:call(s1, crash))),
    receive after 50 -> ok end,
    erlang:display([gen_server:call(S, incr) || S <- [s0, s1, s2]]),
    erlang:display(supervisor:count_children(top_sup)),
    erlang:display(supervisor:count_children(sub_sup)),
    monitor(process, Top),
    exit(Top, shutdown),
    receive {'DOWN', _, process, Top, R} -> erlang:display({top_down, R}) end,
    erlang:display([whereis(N) || N <- [top_sup, sub_sup, s0, s1, s2]]),
    ok.
