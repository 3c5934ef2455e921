-module(bif_ets_walk).
-export([main/0]).

d(X) -> erlang:display(X).

%% first/next/last/prev and slot/2 cover every object once on every table
%% type; ordered_set walks in term order, both ways.
main() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type) ->
    T = ets:new(w, [Type]),
    d(Type),
    d({ets:first(T), ets:last(T), ets:slot(T, 0)}),
    Objs = [{K, V} || K <- lists:seq(1, 60), V <- case Type of
                                                      bag -> [a, b];
                                                      duplicate_bag -> [a, a];
                                                      _ -> [a]
                                                  end],
    ets:insert(T, Objs),
    Fwd = walk(T, ets:first(T), fun ets:next/2),
    Bwd = walk(T, ets:last(T), fun ets:prev/2),
    d({length(Fwd), lists:sort(Fwd) =:= lists:seq(1, 60)}),
    d({length(Bwd), lists:sort(Bwd) =:= lists:seq(1, 60)}),
    case Type of
        ordered_set -> d({Fwd =:= lists:seq(1, 60), Bwd =:= lists:reverse(lists:seq(1, 60))});
        _ -> ok
    end,
    Slots = slots(T, 0),
    d(lists:sort(Slots) =:= lists:sort(Objs)),
    d(ets:info(T, size)),
    ets:delete(T).

walk(_, '$end_of_table', _) -> [];
walk(T, K, Next) -> [K | walk(T, Next(T, K), Next)].

slots(T, I) ->
    case ets:slot(T, I) of
        '$end_of_table' -> [];
        L -> L ++ slots(T, I + 1)
    end.
