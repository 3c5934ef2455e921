-module(proc_spawn_errors).
-export([main/0]).
main() ->
    erlang:display(catch spawn_monitor(not_a_fun)),
    erlang:display(catch spawn_opt(fun() -> ok end, [bogus])),
    erlang:display(catch erlang:spawn_link(not_a_fun)).
