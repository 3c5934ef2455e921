-module(proc_lib_basic).
-export([main/0, init/2, crasher/0]).
%% proc_lib:start/start_link with init_ack, spawn_link, initial_call and
%% translate_initial_call, and how a proc_lib crash looks to a linked
%% trapping process.
init(Parent, Arg) ->
    proc_lib:init_ack(Parent, {ok, self(), Arg}),
    receive {get, From} -> From ! {ancestors, length(get('$ancestors'))} end,
    receive stop -> ok end.
crasher() -> erlang:error(proc_lib_crash).
main() ->
    {ok, P, hello} = proc_lib:start(?MODULE, init, [self(), hello]),
    erlang:display(proc_lib:initial_call(P)),
    erlang:display(proc_lib:translate_initial_call(P)),
    erlang:display(process_info(P, initial_call)),
    P ! {get, self()},
    receive {ancestors, N} -> erlang:display({ancestors, N}) end,
    P ! stop,
    process_flag(trap_exit, true),
    {ok, P2, linked} = proc_lib:start_link(?MODULE, init, [self(), linked]),
    erlang:display(lists:member(P2, element(2, process_info(self(), links)))),
    P2 ! {get, self()}, receive {ancestors, _} -> ok end,
    P2 ! stop,
    receive {'EXIT', P2, R2} -> erlang:display({exit, R2}) end,
    P3 = proc_lib:spawn_link(?MODULE, crasher, []),
    receive {'EXIT', P3, {Reason, [Top | _]}} -> erlang:display({exit, Reason, Top}) end,
    P4 = proc_lib:spawn(fun() -> receive stop -> ok end end),
    {M, F, A} = proc_lib:translate_initial_call(P4),
    erlang:display({M, is_atom(F), A}),
    P4 ! stop,
    erlang:display(proc_lib:start(?MODULE, no_such_fun, [], 100) =:= ok),
    ok.
