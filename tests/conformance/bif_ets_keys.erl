-module(bif_ets_keys).
-export([main/0]).

d(X) -> erlang:display(X).

%% Key semantics on every table type: =:= for hash tables, == for
%% ordered_set; all kinds of terms as keys; objects copied in and out.
main() ->
    Keys = [0, 0.0, -0.0, 1, 1.0, 1 bsl 64, float(1 bsl 64), a, "a", <<"a">>, <<1:3>>, [], {},
            {1}, {1.0}, [1 | 2], #{}, #{a => 1}, #{a => 1.0}, fun lists:sort/1,
            list_to_ref("#Ref<0.1.2.3>"), make_tuple_key()],
    [run(Type, Keys) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

make_tuple_key() -> {deep, [{nested, <<"binary">>, 3.25}, lists:seq(1, 30)]}.

run(Type, Keys) ->
    T = ets:new(k, [Type]),
    d(Type),
    [ets:insert(T, {K, N}) || {K, N} <- lists:zip(Keys, lists:seq(1, length(Keys)))],
    d(ets:info(T, size)),
    d([length(ets:lookup(T, K)) || K <- Keys]),
    d([lists:sort([V || {_, V} <- ets:lookup(T, K)]) || K <- Keys]),
    d([ets:member(T, K) || K <- [2, 2.0, b, {2}, #{b => 1}]]),
    d(lists:sort(ets:select(T, [{{'$1', '$2'}, [{'==', '$1', 1}], ['$2']}]))),
    d(lists:sort(ets:select(T, [{{'$1', '$2'}, [{'=:=', '$1', 1}], ['$2']}]))),
    d(lists:sort(ets:match(T, {1, '$1'}))),
    d(lists:sort(ets:match(T, {1.0, '$1'}))),
    d(lists:sort(ets:match(T, {#{a => 1}, '$1'}))),
    d(lists:sort(ets:match_object(T, {#{}, '_'}))),
    %% copies: the table keeps its own object
    Big = {big, lists:seq(1, 100), list_to_binary(lists:seq(1, 255)), lists:duplicate(10, <<"x">>)},
    ets:insert(T, Big),
    [Got] = ets:lookup(T, big),
    d(Got =:= Big),
    ets:delete(T, big),
    d(Got =:= Big),
    d(ets:lookup(T, big)),
    ets:delete(T).
