-module(proc_statistics).
-export([main/0]).
%% statistics/1 items that have a fixed shape.
main() ->
    {Total, Since} = statistics(reductions),
    erlang:display({is_integer(Total), is_integer(Since)}),
    {R, _} = statistics(runtime),
    erlang:display(is_integer(R)),
    {W, _} = statistics(wall_clock),
    erlang:display(is_integer(W)),
    {CS, 0} = statistics(context_switches),
    erlang:display(is_integer(CS)),
    erlang:display(is_integer(statistics(run_queue))),
    {GCs, Words, 0} = statistics(garbage_collection),
    erlang:display({is_integer(GCs), is_integer(Words)}),
    erlang:display(catch statistics(bogus)),
    ok.
