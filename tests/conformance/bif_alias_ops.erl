%% erlang:append/2, subtract/2 and '!'/2: the function forms of ++, -- and !.
-module(bif_alias_ops).
-export([main/0]).
main() ->
    erlang:display(erlang:append([1,2], [3])),
    erlang:display(erlang:subtract([1,2,3,2], [2])),
    erlang:display(catch erlang:append(a, [3])),
    erlang:display(catch erlang:subtract([1|a], [2])),
    erlang:display(erlang:'!'(self(), hello)),
    receive M -> erlang:display({got, M}) end,
    erlang:display(catch erlang:'!'(not_a_pid, x)),
    F = fun erlang:'!'/2, F(self(), via_fun), receive M2 -> erlang:display(M2) end,
    erlang:display(apply(erlang, append, [[a], [b]])),
    ok.
