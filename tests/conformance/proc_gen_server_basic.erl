-module(proc_gen_server_basic).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
%% A stock gen_server: call, cast, info, stop, registered names.
init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N};
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call(noreply_then, From, N) -> gen_server:reply(From, {late, N}), {noreply, N};
handle_call(stop_me, _From, N) -> {stop, normal, stopping, N}.
handle_cast({mul, K}, N) -> {noreply, N * K}.
handle_info({report, Pid}, N) -> Pid ! {state, N}, {noreply, N};
handle_info(_, N) -> {noreply, N}.
terminate(Reason, N) -> erlang:display({terminate, Reason, N}), ok.
main() ->
    {ok, P} = gen_server:start(?MODULE, 5, []),
    erlang:display(gen_server:call(P, get)),
    erlang:display(gen_server:call(P, {add, 10})),
    erlang:display(gen_server:cast(P, {mul, 3})),
    erlang:display(gen_server:call(P, get)),
    P ! {report, self()},
    receive {state, S} -> erlang:display({state, S}) end,
    erlang:display(gen_server:call(P, noreply_then)),
    erlang:display(gen_server:call(P, stop_me)),
    receive after 20 -> ok end,
    erlang:display(is_process_alive(P)),
    {ok, P2} = gen_server:start({local, gs_named}, ?MODULE, 1, []),
    erlang:display(whereis(gs_named) =:= P2),
    erlang:display(gen_server:call(gs_named, get)),
    erlang:display(gen_server:start({local, gs_named}, ?MODULE, 1, []) =:= {error, {already_started, P2}}),
    erlang:display(gen_server:stop(gs_named)),
    erlang:display(whereis(gs_named)),
    {ok, P3} = gen_server:start(?MODULE, 7, []),
    erlang:display(gen_server:stop(P3, {shutdown, done}, 1000)),
    erlang:display(case catch gen_server:call(P3, get) of {'EXIT', {R, {gen_server, call, [P3, get]}}} -> {exit, R}; O -> O end),
    ok.
