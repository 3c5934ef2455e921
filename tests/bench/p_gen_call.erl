-module(p_gen_call).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).
%% 200,000 gen_server:call round trips to a stock gen_server.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    {ok, S} = gen_server:start(?MODULE, 0, []),
    erlang:display(loop(S, 200000)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
loop(S, 0) -> gen_server:call(S, get);
loop(S, N) -> gen_server:call(S, {add, 1}), loop(S, N - 1).
init(N) -> {ok, N}.
handle_call({add, K}, _From, N) -> {reply, ok, N + K};
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(_, N) -> {noreply, N}.
