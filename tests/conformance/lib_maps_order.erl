-module(lib_maps_order).
-export([main/0]).

%% Iteration order of maps with non-atom keys, small and large: maps:fold,
%% maps:map, maps:filter, maps:to_list and printing must follow erl's order.
main() ->
    Keys = [I * 7919 rem 1000 || I <- lists:seq(1, 60)] ++ [-5, 1.5, "k", <<"b">>, {2, 1}, [1]],
    M = maps:from_list([{K, K} || K <- Keys]),
    erlang:display(maps:fold(fun(K, _, A) -> [K | A] end, [], M)),
    erlang:display(maps:keys(maps:filter(fun(K, _) -> is_integer(K) andalso K rem 2 =:= 0 end, M))),
    erlang:display(maps:values(maps:map(fun(K, _) when is_integer(K) -> K div 10; (_, V) -> V end, M))),
    Small = maps:from_list([{K, K} || K <- lists:sublist(Keys, 20)]),
    erlang:display(maps:to_list(Small)),
    erlang:display(maps:keys(maps:merge(Small, maps:from_list([{K, x} || K <- lists:seq(100, 130)])))),
    I = maps:iterator(M),
    {K1, _, I1} = maps:next(I),
    {K2, _, _} = maps:next(I1),
    erlang:display({K1, K2}),
    erlang:display(maps:to_list(maps:with(lists:sublist(Keys, 35), M))),
    erlang:display(maps:to_list(maps:without(lists:sublist(Keys, 40), M))),
    ok.
