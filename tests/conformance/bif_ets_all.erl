-module(bif_ets_all).
-export([main/0]).
main() ->
    Before = ets:all(),
    T = ets:new(anon, []),
    ets:new(named_one, [named_table]),
    After = ets:all(),
    erlang:display(lists:member(T, After)),
    erlang:display(lists:member(named_one, After)),
    erlang:display(length(After) - length(Before)),
    ets:delete(T),
    erlang:display(lists:member(T, ets:all())),
    erlang:display(lists:member(named_one, ets:all())).
