-module(proc_gen_server_crash).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, terminate/2]).
%% A callback crash ends the server; the caller gets the reason as an exit.
init(S) -> process_flag(trap_exit, true), {ok, S}.
handle_call(crash, _, _S) -> erlang:error(boom);
handle_call(bad_return, _, _S) -> what;
handle_call(exit, _, _S) -> exit(going).
handle_cast(crash, S) -> {noreply, 1 + S}.
terminate(R, _) -> erlang:display({terminate, reason_class(R)}).
reason_class({Atom, Stack}) when is_atom(Atom), is_list(Stack) -> {Atom, stack};
reason_class(R) -> R.
main() ->
    [run(Req) || Req <- [crash, bad_return, exit]],
    {ok, P} = gen_server:start(?MODULE, a, []),
    monitor(process, P),
    gen_server:cast(P, crash),
    receive {'DOWN', _, process, P, {badarith, _}} -> erlang:display(cast_crash_badarith) end,
    erlang:display(case catch gen_server:call(P, x) of {'EXIT', {R, {gen_server, call, [P, x]}}} -> {exit, R}; O -> O end),
    ok.
run(Req) ->
    {ok, P} = gen_server:start(?MODULE, s, []),
    case catch gen_server:call(P, Req) of
        {'EXIT', {Reason, {gen_server, call, [P, Req]}}} -> erlang:display({Req, reason_class(Reason)});
        Other -> erlang:display({Req, other, Other})
    end.
