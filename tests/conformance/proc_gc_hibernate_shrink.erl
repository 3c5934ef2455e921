-module(proc_gc_hibernate_shrink).
-export([main/0, wake/2]).
%% erlang:hibernate/3 collects fully and shrinks the heap to the live data:
%% no old generation afterwards (the count of minor collections is kept),
%% and the arguments survive.
d(X) -> erlang:display(X).

wake(From, Data) ->
    receive go -> From ! {self(), woke, lists:sum(Data)} end,
    receive again -> erlang:hibernate(?MODULE, wake, [From, Data]) end.

info(P) ->
    {heap_size, H} = process_info(P, heap_size),
    {total_heap_size, T} = process_info(P, total_heap_size),
    {garbage_collection, GC} = process_info(P, garbage_collection),
    {minor_gcs, Minor} = lists:keyfind(minor_gcs, 1, GC),
    {H, T, Minor}.

wait_hibernated(P) ->
    case process_info(P, current_function) of
        {current_function, {erlang, hibernate, 3}} -> ok;
        _ -> receive after 1 -> wait_hibernated(P) end
    end.

main() ->
    Self = self(),
    P = spawn(fun() ->
                      _ = [lists:seq(1, 50) || _ <- lists:seq(1, 100)],
                      Data = lists:seq(1, 30),
                      garbage_collect(self(), [{type, major}]),
                      garbage_collect(self(), [{type, minor}]),
                      erlang:hibernate(?MODULE, wake, [Self, Data])
              end),
    wait_hibernated(P),
    {H, T, Minor} = info(P),
    d({H < 233, H >= 60, T =:= H, Minor}),
    P ! go,
    receive {P, woke, S} -> d(S) end,
    P ! again,
    wait_hibernated(P),
    {H2, T2, Minor2} = info(P),
    d({H2 < 233, T2 =:= H2, Minor2}),
    P ! go,
    receive {P, woke, S2} -> d(S2) end,
    ok.
