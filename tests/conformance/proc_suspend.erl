%% erlang:suspend_process/1,2 and resume_process/1: a suspended process is
%% not scheduled until every suspension is undone; counts per suspender;
%% unless_suspending, asynchronous replies, status, kill while suspended,
%% suspensions released when the suspender dies; badarg cases.
-module(proc_suspend).
-export([main/0]).

counter(Parent, N) ->
    receive
        tick -> counter(Parent, N + 1);
        {get, From} -> From ! {count, N}, counter(Parent, N)
    end.

count(P) -> P ! {get, self()}, receive {count, N} -> N after 100 -> timeout end.

err(F) ->
    try F() catch error:R:St -> [{M, Fn, _, Info} | _] = St, {R, M, Fn, Info} end.

flush() -> receive M -> [M | flush()] after 20 -> [] end.

main() ->
    P = spawn(fun() -> counter(self(), 0) end),
    erlang:display(count(P)),
    erlang:display(erlang:suspend_process(P)),
    erlang:display(process_info(P, status)),
    P ! tick, P ! tick,
    erlang:display(count(P)),
    erlang:display(erlang:suspend_process(P, [unless_suspending])),
    erlang:display(erlang:suspend_process(P, [])),
    erlang:display(erlang:resume_process(P)),
    erlang:display(count(P)),
    erlang:display(erlang:resume_process(P)),
    erlang:display(flush()),
    erlang:display(count(P)),
    erlang:display(err(fun() -> erlang:resume_process(P) end)),
    erlang:display(erlang:suspend_process(P, [{asynchronous, tag}])),
    erlang:display(flush()),
    erlang:display(erlang:suspend_process(P, [asynchronous, unless_suspending])),
    erlang:display(erlang:resume_process(P)),
    erlang:display(process_info(P, status)),
    %% suspensions held by a dead suspender are released
    Self = self(),
    S = spawn(fun() -> erlang:suspend_process(P), Self ! suspended, receive stop -> ok end end),
    receive suspended -> ok end,
    erlang:display(count(P)),
    S ! stop,
    receive after 20 -> ok end,
    erlang:display(count(P)),
    %% a suspended process can still be killed; its monitors fire
    erlang:suspend_process(P),
    Ref = monitor(process, P),
    exit(P, kill),
    receive {'DOWN', Ref, process, P, R} -> erlang:display({down, R}) after 500 -> erlang:display(no_down) end,
    erlang:display(is_process_alive(P)),
    erlang:display(err(fun() -> erlang:suspend_process(P) end)),
    erlang:display(erlang:suspend_process(P, [{asynchronous, dead}])),
    erlang:display(flush()),
    erlang:display(err(fun() -> erlang:suspend_process(self()) end)),
    erlang:display(err(fun() -> erlang:suspend_process(not_a_pid) end)),
    Q = spawn(fun() -> receive _ -> ok end end),
    erlang:display(err(fun() -> erlang:suspend_process(Q, [bad]) end)),
    erlang:display(err(fun() -> erlang:suspend_process(Q, bad) end)),
    erlang:display(err(fun() -> erlang:resume_process(Q) end)),
    erlang:display(err(fun() -> erlang:resume_process(self()) end)),
    exit(Q, kill),
    ok.
