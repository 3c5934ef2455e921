-module(bif_atoms_limits).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    A255 = lists:duplicate(255, $a),
    erlang:display(length(atom_to_list(list_to_atom(id(A255))))),
    erlang:display(t(fun() -> list_to_atom(id([$a | A255])) end)),
    U255 = lists:duplicate(255, 1024),
    erlang:display(length(atom_to_list(list_to_atom(id(U255))))),
    erlang:display(t(fun() -> list_to_atom(id([1024 | U255])) end)),
    erlang:display(t(fun() -> binary_to_atom(id(list_to_binary([$b | A255])), latin1) end)),
    erlang:display(byte_size(atom_to_binary(list_to_atom(id(U255))))),
    erlang:display(t(fun() -> list_to_atom(id([-1])) end)),
    erlang:display(t(fun() -> list_to_atom(id([a])) end)),
    erlang:display(t(fun() -> list_to_atom(id([$a | b])) end)),
    erlang:display(t(fun() -> binary_to_atom(id(<<255, 255>>), utf8) end)),
    erlang:display(binary_to_atom(id(<<"é"/utf8>>), utf8)),
    erlang:display(binary_to_atom(id(<<"é">>), latin1) =:= binary_to_atom(id(<<"é"/utf8>>), utf8)),
    erlang:display(t(fun() -> atom_to_binary(id(a), utf16) end)),
    erlang:display(t(fun() -> list_to_existing_atom(id("no_such_atom_really_xyzzy")) end)),
    erlang:display(list_to_atom(id("multi word Atom")) =:= 'multi word Atom'),
    erlang:display(t(fun() -> erlang:make_tuple(id(16#1000000), x) end)),
    erlang:display(t(fun() -> list_to_tuple(id(lists:seq(1, 70000))) end) =:= ok orelse tuple_done),
    ok.
