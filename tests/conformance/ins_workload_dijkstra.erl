-module(ins_workload_dijkstra).
-export([main/0]).

graph(N) ->
    lists:foldl(fun(I, G) ->
                    Es = [{(I * K + 7) rem N, (I * 13 + K * 7) rem 23 + 1} || K <- [1, 2, 3, 5]],
                    G#{I => Es}
                end, #{}, lists:seq(0, N - 1)).

dijkstra(G, Src) ->
    loop(G, gb_sets:singleton({0, Src}), #{Src => 0}).

loop(G, Q, Dist) ->
    case gb_sets:is_empty(Q) of
        true -> Dist;
        false ->
            {{D, U}, Q1} = gb_sets:take_smallest(Q),
            case maps:get(U, Dist) < D of
                true -> loop(G, Q1, Dist);
                false ->
                    {Q2, Dist2} =
                        lists:foldl(fun({V, W}, {QA, DA}) ->
                                        Alt = D + W,
                                        case maps:find(V, DA) of
                                            {ok, Old} when Old =< Alt -> {QA, DA};
                                            _ -> {gb_sets:add({Alt, V}, QA), DA#{V => Alt}}
                                        end
                                    end, {Q1, Dist}, maps:get(U, G)),
                    loop(G, Q2, Dist2)
            end
    end.

main() ->
    G = graph(2000),
    D = dijkstra(G, 0),
    erlang:display(map_size(D)),
    erlang:display(lists:sum(maps:values(D))),
    erlang:display([maps:get(I, D, unreachable) || I <- [1, 10, 100, 1000, 1999]]),
    erlang:display(lists:max(maps:values(D))),
    ok.
