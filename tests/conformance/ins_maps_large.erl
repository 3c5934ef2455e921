-module(ins_maps_large).
-export([main/0]).

id(X) -> X.

main() ->
    %% flat (=< 32 keys) and hash (> 32 keys) maps with non-atom keys
    Small = maps:from_list([{I, I * I} || I <- lists:seq(1, 32)]),
    erlang:display(Small),
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 33)]),
    erlang:display(Big),
    erlang:display(maps:keys(Big)),
    Huge = maps:from_list([{I, -I} || I <- lists:seq(1, 200)]),
    erlang:display(maps:to_list(Huge)),
    erlang:display(map_size(Huge)),
    Mixed = maps:from_list([{I, x} || I <- lists:seq(1, 20)] ++
                           [{integer_to_list(I), y} || I <- lists:seq(1, 20)] ++
                           [{{I}, z} || I <- lists:seq(1, 10)] ++
                           [{I + 0.5, f} || I <- lists:seq(1, 5)]),
    erlang:display(Mixed),
    erlang:display(maps:values(Mixed)),
    Bin = maps:from_list([{<<I:16>>, I} || I <- lists:seq(1, 40)]),
    erlang:display(maps:keys(Bin)),
    %% updates and deletes that cross the 32-key boundary
    Shrunk = lists:foldl(fun maps:remove/2, Big, lists:seq(1, 5)),
    erlang:display(Shrunk),
    Grown = lists:foldl(fun(K, M) -> M#{K => K} end, Small, [{1}, [2], 3.5, "d", <<"e">>]),
    erlang:display(Grown),
    erlang:display(maps:get(33, Big)),
    erlang:display(Big#{33 := new}),
    erlang:display(catch (id(Big))#{999 := x}),
    erlang:display(Big =:= maps:from_list(lists:reverse(maps:to_list(Big)))),
    erlang:display(lists:sort([Big, Small, Huge, #{}])),
    erlang:display(erlang:phash2(Huge)),
    erlang:display(term_to_binary(Big)),
    erlang:display(binary_to_term(term_to_binary(Huge)) =:= Huge),
    erlang:display(maps:fold(fun(K, V, A) -> A + K * V end, 0, Huge)),
    ok.
