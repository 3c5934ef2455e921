-module(proc_gen_server_init).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2]).
%% gen_server:start/3 results for the init/1 outcomes.
init(ok) -> {ok, state};
init(ignore) -> ignore;
init(stop) -> {stop, my_reason};
init(error) -> {error, my_error};
init(crash) -> erlang:error(init_crashed);
init(throw) -> throw({ok, thrown_state});
init(exit) -> exit(init_exit);
init(bad) -> bad_return.
handle_call(_, _, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
main() ->
    [show(K, gen_server:start(?MODULE, K, [])) || K <- [ok, ignore, stop, error, crash, throw, exit, bad]],
    process_flag(trap_exit, true),
    [show({link, K}, gen_server:start_link(?MODULE, K, [])) || K <- [ok, ignore, stop, crash]],
    erlang:display(drain()),
    ok.
show(K, {ok, P}) when is_pid(P) -> erlang:display({K, ok, gen_server:call(P, x)});
show(K, {error, {Reason, Stack}}) when is_list(Stack) -> erlang:display({K, error, Reason, hd(Stack)});
show(K, Other) -> erlang:display({K, Other}).
drain() -> receive {'EXIT', _, R} -> [R | drain()] after 50 -> [] end.
