-module(bif_ets_patterns).
-export([main/0]).

d(X) -> erlang:display(X).

%% match/match_object patterns of every shape on every table type.
main() ->
    Objs = [{1, [a, b, c], <<"bin">>, #{k => 1, j => 2}, {x, y}},
            {2, [a], <<>>, #{k => 2}, {x, z}},
            {3, [b, a | tail], <<"bin">>, #{}, {y, y}},
            {4, "abc", <<1, 2, 3>>, #{k => [1]}, {x, {y}}},
            {5, [], <<"b">>, #{j => 2}, x}],
    [run(Type, Objs) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type, Objs) ->
    T = ets:new(p, [Type]),
    ets:insert(T, Objs),
    d(Type),
    Pats = [{'$1', [a | '_'], '_', '_', '_'},
            {'$1', ['$2', '$3' | '$4'], '_', '_', '_'},
            {'$1', '_', <<"bin">>, '_', '_'},
            {'$1', '_', '_', #{k => '$2'}, '_'},
            {'$1', '_', '_', #{k => 1, j => '$2'}, '_'},
            {'$1', '_', '_', #{}, '_'},
            {'$1', '_', '_', '_', {x, '$2'}},
            {'$1', '_', '_', '_', {'$2', '$2'}},
            {'$1', "abc", '_', '_', '_'},
            {'$1', [], '_', '_', x},
            {'_', '_', '_', '_', '_', '_'},
            '_',
            '$1',
            {1, '$9', '$1', '_', '_'}],
    [d({P, lists:sort(ets:match(T, P)), length(ets:match_object(T, P))}) || P <- Pats],
    ets:delete(T).
