-module(ins_guards_types).
-export([main/0]).

d(X) -> erlang:display(X).

%% Type tests over terms that need no binaries, maps, pids or refs.
main() ->
    Fun0 = fun() -> ok end,
    Fun2 = fun(A, B) -> {A, B} end,
    Values = [atom, true, false, 0, -5, 1 bsl 70, 1.5, -0.0, [], [1, 2], "str", {}, {a, b},
              Fun0, Fun2, fun lists:map/2],
    [d(types(V)) || V <- Values],
    [d({is_function(V, 0), is_function(V, 2)}) || V <- [Fun0, Fun2, fun lists:map/2, atom]],
    [d(num_class(V)) || V <- [1, 1.0, 1 bsl 64, -3, a]],
    [d(bif_guards(V)) || V <- [{a, b, c}, [1, 2, 3], 7, 7.9, -7.9, "ab"]],
    d(is_record_like({rec, 1, 2})),
    d(is_record_like({other, 1, 2})),
    d(is_record_like({rec, 1})),
    ok.

types(V) ->
    [T || {T, true} <- [{atom, is_atom(V)}, {boolean, is_boolean(V)}, {integer, is_integer(V)},
                        {float, is_float(V)}, {number, is_number(V)}, {list, is_list(V)},
                        {tuple, is_tuple(V)}, {function, is_function(V)},
                        {binary, is_binary(V)}, {bitstring, is_bitstring(V)},
                        {map, is_map(V)}, {pid, is_pid(V)}, {port, is_port(V)},
                        {reference, is_reference(V)}]].

num_class(V) when is_integer(V), V > 0 -> pos_int;
num_class(V) when is_integer(V) -> nonpos_int;
num_class(V) when is_float(V) -> float;
num_class(_) -> nan.

bif_guards(V) when is_tuple(V), tuple_size(V) =:= 3, element(1, V) =:= a -> tuple3a;
bif_guards(V) when is_list(V), length(V) =:= 3, hd(V) =:= 1 -> list3;
bif_guards(V) when is_integer(V), abs(V) > 5, V rem 2 =:= 1 -> odd_big_int;
bif_guards(V) when is_float(V), trunc(V) =:= 7, round(V) =:= 8 -> float_near_8;
bif_guards(V) when is_float(V), trunc(V) =:= -7 -> neg_float_7;
bif_guards(V) when length(V) > 1, tl(V) =:= "b" -> string_ab;
bif_guards(_) -> none.

is_record_like(T) when is_record(T, rec, 3) -> yes;
is_record_like(_) -> no.
