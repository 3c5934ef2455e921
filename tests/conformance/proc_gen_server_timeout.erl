-module(proc_gen_server_timeout).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
%% gen_server timeouts: call timeouts, {ok, S, Timeout} from init and
%% {reply, R, S, Timeout} that lead to handle_info(timeout).
init(report_to) -> {ok, report_to};
init({timeout, Pid}) -> {ok, {Pid, 0}, 10}.
handle_call(slow, _From, S) -> receive after 200 -> ok end, {reply, slow, S};
handle_call(quick_timeout, _From, {Pid, N}) -> {reply, ok, {Pid, N}, 5};
handle_call(ping, _From, S) -> {reply, pong, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(timeout, {Pid, N}) -> Pid ! {timeout_info, N}, {noreply, {Pid, N + 1}};
handle_info(_, S) -> {noreply, S}.
main() ->
    {ok, P} = gen_server:start(?MODULE, report_to, []),
    R = (catch gen_server:call(P, slow, 20)),
    case R of
        {'EXIT', {timeout, {gen_server, call, [P, slow, 20]}}} -> erlang:display(call_timeout_ok);
        Other -> erlang:display({other, Other})
    end,
    receive after 250 -> ok end,
    erlang:display(gen_server:call(P, ping)),
    erlang:display(process_info(self(), message_queue_len)),
    {ok, Q} = gen_server:start(?MODULE, {timeout, self()}, []),
    receive {timeout_info, N0} -> erlang:display({init_timeout, N0}) end,
    erlang:display(gen_server:call(Q, quick_timeout)),
    receive {timeout_info, N1} -> erlang:display({reply_timeout, N1}) end,
    erlang:display(receive {timeout_info, _} -> extra after 50 -> no_more end),
    erlang:display(catch gen_server:call(Q, ping, infinity)),
    ok.
