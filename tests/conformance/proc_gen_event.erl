-module(proc_gen_event).
-behaviour(gen_event).
-export([main/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
%% A stock gen_event manager with two handlers (this module with two ids).
init({Name, Pid}) -> {ok, {Name, Pid, 0}}.
handle_event(Ev, {Name, Pid, N}) -> Pid ! {Name, got, Ev}, {ok, {Name, Pid, N + 1}}.
handle_call(count, {Name, Pid, N}) -> {ok, {Name, N}, {Name, Pid, N}}.
handle_info(_, S) -> {ok, S}.
terminate(Arg, {Name, _Pid, N}) -> {terminated, Name, N, Arg}.
main() ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, {?MODULE, a}, {a, self()}),
    ok = gen_event:add_handler(M, {?MODULE, b}, {b, self()}),
    erlang:display(lists:sort(gen_event:which_handlers(M))),
    gen_event:notify(M, e1),
    gen_event:sync_notify(M, e2),
    erlang:display(lists:sort(drain())),
    erlang:display(gen_event:call(M, {?MODULE, a}, count)),
    erlang:display(gen_event:call(M, {?MODULE, b}, count)),
    erlang:display(gen_event:delete_handler(M, {?MODULE, a}, bye)),
    erlang:display(gen_event:which_handlers(M)),
    erlang:display(gen_event:delete_handler(M, {?MODULE, a}, bye)),
    erlang:display(gen_event:call(M, {?MODULE, zz}, count)),
    gen_event:sync_notify(M, e3),
    erlang:display(drain()),
    erlang:display(gen_event:stop(M)),
    ok.
drain() -> receive M -> [M | drain()] after 20 -> [] end.
