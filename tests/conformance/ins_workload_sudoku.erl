-module(ins_workload_sudoku).
-export([main/0]).

%% Backtracking sudoku solver over a map of {Row, Col} => Digit.
puzzle() ->
    "530070000600195000098000060800060003400803001700020006060000280000419005000080079".

parse(S) ->
    maps:from_list([{{I div 9, I rem 9}, C - $0} || {I, C} <- lists:zip(lists:seq(0, 80), S)]).

candidates(G, {R, C}) ->
    Used = [maps:get({R, J}, G) || J <- lists:seq(0, 8)] ++
           [maps:get({I, C}, G) || I <- lists:seq(0, 8)] ++
           [maps:get({(R div 3) * 3 + I, (C div 3) * 3 + J}, G) || I <- [0, 1, 2], J <- [0, 1, 2]],
    [D || D <- lists:seq(1, 9), not lists:member(D, Used)].

solve(G) ->
    case [P || {P, 0} <- lists:sort(maps:to_list(G))] of
        [] -> {ok, G};
        [P | _] -> try_each(G, P, candidates(G, P))
    end.

try_each(_, _, []) -> fail;
try_each(G, P, [D | Ds]) ->
    case solve(G#{P := D}) of
        {ok, _} = Ok -> Ok;
        fail -> try_each(G, P, Ds)
    end.

main() ->
    {ok, S} = solve(parse(puzzle())),
    Rows = [[maps:get({R, C}, S) + $0 || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)],
    [erlang:display(Row) || Row <- Rows],
    ok.
