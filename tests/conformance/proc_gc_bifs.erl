-module(proc_gc_bifs).
-export([main/0]).
%% garbage_collect/0,1,2 return values and the shrinking of a heap after
%% its garbage is dropped.
%% An error without the arguments of its frame (they may hold pids).
e(F) ->
    try F() of V -> {ok, V}
    catch C:R:St -> [{M, Fn, _, I} | _] = St, {C, R, M, Fn, proplists:get_value(error_info, I, none)}
    end.
main() ->
    erlang:display(garbage_collect()),
    P = spawn(fun() -> receive go -> ok end, _ = lists:seq(1, 100000), receive stop -> ok end end),
    erlang:display(garbage_collect(P)),
    erlang:display(garbage_collect(P, [{type, major}])),
    erlang:display(garbage_collect(P, [{async, my_tag}])),
    receive {garbage_collect, my_tag, R} -> erlang:display({async_result, R}) end,
    monitor(process, P),
    P ! go, P ! stop,
    receive {'DOWN', _, process, P, _} -> ok end,
    erlang:display(garbage_collect(P)),
    erlang:display(e(fun() -> garbage_collect(not_a_pid) end)),
    erlang:display(e(fun() -> garbage_collect(self(), [bad]) end)),
    {heap_size, H0} = process_info(self(), heap_size),
    L = lists:seq(1, 200000),
    erlang:display(length(L)),
    {heap_size, H1} = process_info(self(), heap_size),
    erlang:display(H1 > H0),
    ok.
