-module(ins_guards_deep).
-export([main/0]).

id(X) -> X.

g1(X) when is_integer(X), X > 0; is_float(X), X > 0.0 -> positive;
g1(X) when is_number(X) -> nonpositive;
g1(_) -> nan.

g2(T) when tuple_size(T) =:= 2, element(1, T) =:= ok -> ok2;
g2(T) when is_tuple(T), tuple_size(T) > 2 -> bigger;
g2(_) -> other.

g3(B) when is_binary(B), byte_size(B) > 2, binary_part(B, 0, 2) =:= <<"ab">> -> ab_prefix;
g3(B) when is_bitstring(B), bit_size(B) rem 8 =/= 0 -> bits;
g3(_) -> no.

g4(M) when is_map(M), map_size(M) > 1, map_get(k, M) =:= v -> kv;
g4(M) when is_map_key(k, M) -> has_k;
g4(_) -> no.

g5(F) when is_function(F, 1) -> arity1;
g5(F) when is_function(F) -> fun_other;
g5(_) -> notfun.

g6(L) when length(L) > 3, hd(L) =:= a -> long_a;
g6([_ | _] = L) when tl(L) =:= [] -> single;
g6(_) -> other.

g7(X) when X band 1 =:= 1, X bsr 2 > 0 -> odd_big;
g7(X) when abs(X) > 100, X rem 7 =:= 0 -> div7;
g7(_) -> other.

g8(X) when (X > 1) xor (X > 5) -> between;
g8(X) when not (X > 0) -> nonpos;
g8(_) -> other.

g9(X) when float(X) > 2.5; trunc(X) =:= 1; round(X) =:= 2 -> yes;
g9(_) -> no.

g10(A) when is_atom(A), A =/= true, A =/= false -> atom;
g10(A) when is_boolean(A) -> bool;
g10(_) -> other.

g11(X) when element(2, X) > 0 -> ok; %% errors in guards just fail
g11(_) -> guard_failed.

g12(X) when X =< 10, X >= 0 -> in_0_10;
g12(_) -> out.

g13(X) when X =:= 1 orelse X =:= 2; X =:= 3 andalso true -> small;
g13(_) -> other.

g14(L) when is_list(L), L =/= [], (hd(L) + 1) > 5 -> big_head;
g14(_) -> no.

main() ->
    erlang:display([g1(id(X)) || X <- [1, -1, 1.5, -0.0, 0, a]]),
    erlang:display([g2(id(X)) || X <- [{ok, 1}, {err, 1}, {1, 2, 3}, x]]),
    erlang:display([g3(id(X)) || X <- [<<"abc">>, <<"ab">>, <<1:3>>, <<"xyz">>, abc]]),
    erlang:display([g4(id(X)) || X <- [#{k => v, j => 1}, #{k => z}, #{}, x]]),
    erlang:display([g5(id(X)) || X <- [fun(_) -> 1 end, fun() -> 1 end, fun lists:map/2, x]]),
    erlang:display([g6(id(X)) || X <- [[a, b, c, d], [x], [a, b], improper_ok, [a | b]]]),
    erlang:display([g7(id(X)) || X <- [5, 1, 3, -105, 140, 7]]),
    erlang:display([g8(id(X)) || X <- [0, 3, 10, a]]),
    erlang:display([g9(id(X)) || X <- [3, 1.2, 2.4, 0, a]]),
    erlang:display([g10(id(X)) || X <- [abc, true, 1]]),
    erlang:display([g11(id(X)) || X <- [{a, 1}, {a}, x, {a, -1}]]),
    erlang:display([g12(id(X)) || X <- [5, -1, 11, 10.0]]),
    erlang:display([g13(id(X)) || X <- [1, 2, 3, 4]]),
    erlang:display([g14(id(X)) || X <- [[10], [1], [a], []]]),
    ok.
