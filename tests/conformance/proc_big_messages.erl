-module(proc_big_messages).
-export([main/0]).
%% Large and varied terms survive a trip through another process and
%% through exit reasons unchanged.
main() ->
    Terms = [lists:seq(1, 50000),
             list_to_binary(lists:duplicate(100000, $x)),
             <<1:3, 255:8, 7:5>>,
             maps:from_list([{I, {I, integer_to_list(I)}} || I <- lists:seq(1, 1000)]),
             {deep, lists:foldl(fun(I, Acc) -> {I, Acc} end, nil, lists:seq(1, 10000))},
             [1.5, -0.0, 1 bsl 200, -(1 bsl 100), "str", 'atom', fun lists:reverse/1],
             erlang:make_tuple(1000, filler)],
    Echo = spawn(fun Loop() -> receive {From, T} -> From ! {echo, T}, Loop(); stop -> ok end end),
    erlang:display([begin Echo ! {self(), T}, receive {echo, T2} -> T2 =:= T end end || T <- Terms]),
    Echo ! stop,
    erlang:display([begin {P, _} = spawn_monitor(fun() -> exit(T) end),
                          receive {'DOWN', _, process, P, R} -> R =:= T end end || T <- Terms]),
    Shared = lists:seq(1, 1000),
    Msg = {Shared, Shared, Shared},
    self() ! Msg,
    erlang:display(receive Msg -> same after 0 -> different end),
    ok.
