-module(bif_atoms).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(atom_to_list(A)) || A <- [ok, 'hello world', '', 'Ünïcode', 'a@b', true, '123']],
    [d(list_to_atom(S)) || S <- ["abc", "with space", "", "UPPER", "[]", "é", [16#1F600]]],
    d(list_to_atom("made_" ++ integer_to_list(42))),
    d(list_to_existing_atom("ok")),
    d(catch_err(fun() -> list_to_existing_atom("surely_this_atom_does_not_exist_xyz_123") end)),
    d(catch_err(fun() -> list_to_atom(lists:duplicate(256, $a)) end)),
    d(length(atom_to_list(list_to_atom(lists:duplicate(255, $b))))),
    d(catch_err(fun() -> list_to_atom([a]) end)),
    d(catch_err(fun() -> atom_to_list("str") end)),
    d(list_to_atom("abc") =:= abc),
    d(is_atom(list_to_atom("new_atom_from_list"))),
    d([erlang:atom_to_list(A) || A <- [nonode@nohost, 'Elixir.Foo']]),
    d(lists:sort([zeta, alpha, 'Alpha', beta, '_x', 'a b'])),
    ok.

catch_err(F) -> try F() catch C:R -> {C, R} end.
