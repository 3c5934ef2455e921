-module(bif_ets_ordered_chunks).
-export([main/0]).

d(X) -> erlang:display(X).

%% ordered_set chunks are exact and in key order: select/3, match/3,
%% match_object/3, select_reverse/3 with partially bound keys.
main() ->
    T = ets:new(o, [ordered_set]),
    ets:insert(T, [{{G, I}, {G, I * 10}} || G <- [a, b, c], I <- lists:seq(1, 7)]),
    ets:insert(T, [{I, int} || I <- lists:seq(1, 5)] ++ [{"str", s}, {<<"bin">>, b}]),
    d(all(ets:select(T, [{{{b, '$1'}, '$2'}, [], [{{'$1', '$2'}}]}], 3), fun ets:select/1)),
    d(all(ets:select_reverse(T, [{{{b, '$1'}, '$2'}, [], [{{'$1', '$2'}}]}], 3), fun ets:select_reverse/1)),
    d(all(ets:match(T, {{'$1', 3}, '$2'}, 2), fun ets:match/1)),
    d(all(ets:match_object(T, {{c, '_'}, '_'}, 4), fun ets:match_object/1)),
    d(all(ets:select(T, [{{'$1', int}, [], ['$1']}], 2), fun ets:select/1)),
    d(all(ets:select_reverse(T, [{'_', [], ['$_']}], 10), fun ets:select_reverse/1)),
    d(all(ets:select(T, [{{{'$1', '$2'}, '_'}, [{'==', '$2', 7}], ['$1']},
                          {{'$1', int}, [{'>', '$1', 3}], ['$1']}], 2), fun ets:select/1)),
    d(ets:select(T, [{{{d, '_'}, '_'}, [], ['$_']}], 2)),
    d(ets:select_reverse(T, [{{{'_', 8}, '_'}, [], ['$_']}], 2)),
    %% a continuation survives inserts and deletes around it
    {R1, C1} = ets:select(T, [{{{a, '$1'}, '_'}, [], ['$1']}], 3),
    ets:delete(T, {a, 4}),
    ets:insert(T, {{a, 10}, new}),
    ets:insert(T, {{a, 0}, before}),
    d({R1, all(ets:select(C1), fun ets:select/1)}),
    ok.

all('$end_of_table', _) -> [];
all({R, C}, F) -> [R | all(F(C), F)].
