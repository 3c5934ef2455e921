-module(ins_maps_large_updates).
-export([main/0]).

%% Hash maps (> 32 keys) updated in place of their trie order: single and
%% multi-key puts, exact updates, removals down to a flat map, merges.
id(X) -> X.

main() ->
    Keys = [I || I <- lists:seq(1, 300)] ++
           [{I, 0} || I <- lists:seq(1, 60)] ++
           [<<I:24>> || I <- lists:seq(1, 60)] ++
           [integer_to_list(I) || I <- lists:seq(1, 60)] ++
           [I * 1.5 || I <- lists:seq(1, 20)],
    %% one key at a time, in a shuffled order
    Shuffled = [K || {_, K} <- lists:sort([{erlang:phash2(K), K} || K <- Keys])],
    M1 = lists:foldl(fun(K, M) -> M#{K => map_size(M)} end, #{}, Shuffled),
    erlang:display(maps:to_list(M1)),
    erlang:display(M1 =:= maps:from_list(maps:to_list(M1))),
    %% several keys per put (put_map_assoc with many pairs)
    M2 = lists:foldl(fun(I, M) -> M#{I => a, {I, 0} => b, -I => c, [I] => d, <<I>> => e} end,
                     id(#{}), lists:seq(1, 40)),
    erlang:display(M2),
    %% exact updates of existing keys
    M3 = lists:foldl(fun(I, M) -> M#{I := x, {I, 0} := y} end, M2, lists:seq(1, 40, 3)),
    erlang:display(maps:values(M3)),
    erlang:display(catch (id(M3))#{nokey := 1}),
    %% lookups, present and absent
    erlang:display([maps:get(K, M1) || K <- [lists:nth(I, Keys) || I <- lists:seq(1, 500, 37)]]),
    erlang:display([maps:find(K, M1) || K <- [0, 301, {0, 0}, <<0:24>>, "0", 0.75, 1.5, {60, 0}]]),
    erlang:display([is_map_key(K, M3) || K <- [1, {2, 0}, -3, [4], <<5>>, 41, [41]]]),
    %% removals, crossing back to a flat map
    R1 = lists:foldl(fun maps:remove/2, M2, lists:seq(1, 34)),
    erlang:display(R1),
    erlang:display(maps:keys(lists:foldl(fun maps:remove/2, M1, lists:sublist(Shuffled, 1, 400)))),
    erlang:display(maps:remove(absent, M1) =:= M1),
    %% merges of hash maps with hash and flat maps
    A = maps:from_list([{I, a} || I <- lists:seq(1, 100)]),
    B = maps:from_list([{I, b} || I <- lists:seq(50, 150, 2)]),
    erlang:display(maps:merge(A, B)),
    erlang:display(maps:merge(A, #{1 => z, 1000 => z, <<"k">> => z})),
    erlang:display(maps:merge(#{1 => z, 1000 => z}, A)),
    %% with/without/filter/map keep the order
    erlang:display(maps:without(lists:seq(1, 90), A)),
    erlang:display(maps:with(lists:seq(1, 100, 2), M1)),
    erlang:display(maps:filter(fun(K, _) -> is_integer(K) andalso K rem 7 =:= 0 end, M1)),
    erlang:display(maps:fold(fun(K, V, Acc) when is_integer(K) -> Acc + K * V; (_, _, Acc) -> Acc end, 0, M1)),
    ok.
