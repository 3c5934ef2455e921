-module(ins_maps_large_compare).
-export([main/0]).

%% Term order and equality of maps with more than 32 keys: same keys with
%% values differing in several places (the least key decides), values equal
%% only arithmetically, different key sets, nested large maps.
id(X) -> X.

cmp(A, B) -> {A < B, A > B, A == B, A =:= B, A =/= B, A /= B}.

main() ->
    Base = maps:from_list([{K, K * 2} || K <- lists:seq(1, 100)] ++
                          [{{K, K}, [K]} || K <- lists:seq(1, 20)] ++
                          [{<<K:16>>, K} || K <- lists:seq(1, 20)]),
    erlang:display(cmp(Base, id(Base))),
    erlang:display(cmp(Base, maps:from_list(maps:to_list(Base)))),
    %% values differ at several keys: the least key in term order decides
    D1 = Base#{7 := 0, 90 := 1000, {3, 3} := [], <<0, 5>> := -1},
    erlang:display(cmp(Base, D1)),
    erlang:display(cmp(D1, Base)),
    D2 = Base#{90 := 0, {3, 3} := [a]},
    erlang:display(cmp(Base, D2)),
    D3 = Base#{<<0, 5>> := 0, {3, 3} := []},
    erlang:display(cmp(Base, D3)),
    %% equal only arithmetically
    F = maps:map(fun(K, V) when is_integer(K), K rem 9 =:= 0 -> float(V); (_, V) -> V end, Base),
    erlang:display(cmp(Base, F)),
    erlang:display(cmp(F, Base#{9 := 17.5})),
    erlang:display(lists:sort([F, Base, D1, D2, D3])),
    %% same size, different keys
    K1 = maps:remove(50, Base#{1000 => 100}),
    erlang:display(cmp(Base, K1)),
    erlang:display(cmp(K1, Base)),
    K2 = maps:remove({20, 20}, Base#{-1 => 0}),
    erlang:display(cmp(Base, K2)),
    K3 = maps:remove(1, Base#{1.0 => 2}),
    erlang:display(cmp(Base, K3)),
    %% sizes differ
    erlang:display(cmp(Base, maps:remove(1, Base))),
    %% large maps as values and keys of large maps
    Outer1 = maps:from_list([{K, Base#{K := K}} || K <- lists:seq(1, 40)]),
    Outer2 = Outer1#{39 := Base#{39 := 39.0}},
    Outer3 = Outer1#{40 := Base#{40 := 41}},
    erlang:display(cmp(Outer1, Outer2)),
    erlang:display(cmp(Outer1, Outer3)),
    erlang:display(cmp(Outer2, Outer3)),
    KeyMaps = maps:from_list([{Base#{K := x}, K} || K <- lists:seq(1, 40)]),
    erlang:display(cmp(KeyMaps, id(KeyMaps))),
    erlang:display(cmp(KeyMaps, KeyMaps#{Base#{3 := x} := 0})),
    erlang:display(lists:usort([D1, Base, D1, F, Base, K1])),
    ok.
