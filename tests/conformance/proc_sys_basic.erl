-module(proc_sys_basic).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).
%% sys: get_state, replace_state, suspend/resume of a stock gen_server.
init(N) -> {ok, N}.
handle_call(get, _, N) -> {reply, N, N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
main() ->
    {ok, P} = gen_server:start(?MODULE, 10, []),
    erlang:display(sys:get_state(P)),
    erlang:display(sys:replace_state(P, fun(N) -> N * 2 end)),
    erlang:display(gen_server:call(P, get)),
    erlang:display(sys:suspend(P)),
    gen_server:cast(P, {add, 1}),
    erlang:display(catch_timeout(fun() -> gen_server:call(P, get, 50) end)),
    erlang:display(sys:resume(P)),
    receive after 20 -> ok end,
    erlang:display(gen_server:call(P, get)),
    erlang:display(sys:get_state(P)),
    {status, _, {module, Mod}, _} = sys:get_status(P),
    erlang:display(Mod),
    erlang:display(sys:statistics(P, get)),
    erlang:display(sys:trace(P, false)),
    erlang:display(sys:log(P, get)),
    erlang:display(sys:terminate(P, normal)),
    erlang:display(is_process_alive(P)),
    ok.
catch_timeout(F) ->
    try F() catch exit:{timeout, _} -> timeout end.
