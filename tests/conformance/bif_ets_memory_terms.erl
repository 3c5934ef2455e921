-module(bif_ets_memory_terms).
-export([main/0]).

%% ets:info(T, memory) counts erl's size of each object: funs (local with
%% an environment, export), empty tuples (a global literal), empty and flat
%% maps, and maps of more than 32 keys (ERTS's hash trie: head, inner nodes,
%% a cons cell per pair), also nested.
main() ->
    X = 42,
    Y = {x, "y"},
    Big = fun(N) -> maps:from_list([{I, I * 2} || I <- lists:seq(1, N)]) end,
    Objs = [{a, fun lists:sort/1}, {b, fun(Z) -> Z + X end}, {c, fun() -> {X, Y} end},
            {d, {}}, {e, [{}, {{}}]}, {f, #{}}, {g, #{a => 1, b => {}}},
            {h, Big(33)}, {i, Big(100)}, {j, Big(1000)}, {k, maps:from_list([{{I}, <<I>>} || I <- lists:seq(1, 64)])},
            {l, #{nested => Big(40), list => [Big(50)]}}, {m, maps:from_list([{I, Big(33)} || I <- lists:seq(1, 40)])},
            {n, maps:from_list([{float(I), #{}} || I <- lists:seq(1, 200)])},
            {o, [fun erlang:abs/1, fun(A, B) -> {A, B, X, Y} end]}],
    [begin
         T = ets:new(x, [Type]),
         M0 = ets:info(T, memory),
         ets:insert(T, Objs),
         erlang:display({Type, ets:info(T, memory) - M0}),
         [begin ets:delete(T, K), erlang:display({K, ets:info(T, memory) - M0}) end || {K, _} <- Objs],
         ets:delete(T)
     end || Type <- [set, ordered_set, bag]],
    ok.
