-module(bif_ets_rename_whereis).
-export([main/0]).
%% rename/2 and whereis/1.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    T = ets:new(first_name, [named_table]),
    d(T),
    d(is_reference(ets:whereis(first_name))),
    Tid = ets:whereis(first_name),
    d(ets:rename(first_name, second_name)),
    d({ets:whereis(first_name), ets:whereis(second_name) =:= Tid}),
    d(ets:info(Tid, name)),
    ets:insert(second_name, {k, v}),
    d(ets:lookup(Tid, k)),
    U = ets:new(unnamed, []),
    d(is_reference(ets:rename(U, new_unnamed))),
    d({ets:info(U, name), ets:info(U, named_table), ets:whereis(new_unnamed)}),
    ets:new(taken, [named_table]),
    d(e(fun() -> ets:rename(second_name, taken) end)),
    d(e(fun() -> ets:rename(second_name, "str") end)),
    d(e(fun() -> ets:rename(no_table, x) end)),
    d(e(fun() -> ets:whereis("str") end)),
    d(ets:whereis(nothing_here)),
    d(e(fun() -> ets:rename(Tid, second_name) end)),
    ets:delete(second_name),
    d(ets:whereis(second_name)),
    ok.
