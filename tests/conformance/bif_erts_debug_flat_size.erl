%% erts_debug:flat_size/1 counts words as ERTS lays terms out: refc and sub
%% binaries, maps of more than 32 keys (trie), funs, {} (a literal), sharing
%% counted twice.
-module(bif_erts_debug_flat_size).
-export([main/0]).
main() ->
    Big = maps:from_list([{K, K} || K <- lists:seq(1, 40)]),
    B = list_to_binary(lists:seq(1, 200)),
    <<_:3, Sub:100/binary, _/bits>> = B,
    <<_:8, Sub2:50/binary, _/binary>> = B,
    X = 7,
    Terms = [a, 1, 1.0, 1 bsl 70, "abc", {}, {a, b}, [1 | 2], #{}, #{a => 1}, Big, <<1,2,3>>, B, Sub, Sub2,
             fun lists:map/2, fun() -> ok end, fun(Y) -> X + Y end, self(), make_ref(), {[a], <<"x">>, 1.5},
             [Big, Big]],
    erlang:display([erts_debug:flat_size(T) || T <- Terms]).
