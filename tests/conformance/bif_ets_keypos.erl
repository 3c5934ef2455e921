-module(bif_ets_keypos).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.

-record(user, {id, name, age = 0}).

%% Tables keyed on another tuple position (records), on every type.
main() ->
    [run(Type) || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.

run(Type) ->
    T = ets:new(users, [Type, {keypos, #user.id}]),
    d(Type),
    Users = [#user{id = I, name = list_to_atom("u" ++ integer_to_list(I)), age = 20 + I rem 5}
             || I <- lists:seq(10, 1, -1)],
    ets:insert(T, Users),
    d(ets:lookup(T, 3)),
    d(lists:sort(ets:match(T, #user{id = '$1', age = 22, _ = '_'}))),
    d(lists:sort(ets:select(T, [{#user{id = '$1', name = '$2', age = '$3'}, [{'>', '$3', 23}], [{{'$1', '$2'}}]}]))),
    d(lists:sort(ets:match_object(T, #user{age = 21, _ = '_'}))),
    d(ets:select_count(T, [{#user{_ = '_'}, [], [true]}])),
    case Type of
        T2 when T2 =:= set; T2 =:= ordered_set ->
            d(ets:update_element(T, 4, {#user.age, 99})),
            d(ets:update_counter(T, 4, {#user.age, 1})),
            d(e(fun() -> ets:update_counter(T, 4, {#user.id, 1}) end)),
            d(e(fun() -> ets:update_element(T, 4, {#user.id, 5}) end)),
            d(ets:lookup(T, 4));
        _ -> ok
    end,
    d(ets:lookup_element(T, 5, #user.name)),
    d(e(fun() -> ets:insert(T, {user}) end)),
    d(e(fun() -> ets:insert(T, {user, 1}) end)),
    d(ets:insert(T, {user, 1, extra_arity})),
    d(ets:lookup(T, 1)),
    d(ets:take(T, 2)),
    d(ets:info(T, size)),
    ets:delete(T).
