-module(ins_select).
-export([main/0]).

d(X) -> erlang:display(X).

%% Dense and sparse select_val / select_tuple_arity jump tables.
main() ->
    d([dense(N) || N <- lists:seq(-2, 12)]),
    d([sparse(N) || N <- [1, 10, 100, 1000, 10000, 100000, 1 bsl 40, 5, -1000]]),
    d([atoms(A) || A <- [mon, tue, wed, thu, fri, sat, sun, holiday]]),
    d([arity(T) || T <- [{}, {a}, {a, b}, {a, b, c}, {a, b, c, d}, {1, 2, 3, 4, 5}, x]]),
    d([mixed(X) || X <- [1, a, 2.0, "s", {t}, [], 3]]),
    d(length([X || X <- lists:seq(-5, 50), dense(X) =/= other])),
    ok.

dense(0) -> zero; dense(1) -> one; dense(2) -> two; dense(3) -> three;
dense(4) -> four; dense(5) -> five; dense(6) -> six; dense(7) -> seven;
dense(8) -> eight; dense(9) -> nine; dense(10) -> ten; dense(_) -> other.

sparse(1) -> a; sparse(10) -> b; sparse(100) -> c; sparse(1000) -> d;
sparse(10000) -> e; sparse(100000) -> f; sparse(1099511627776) -> big; sparse(_) -> z.

atoms(mon) -> 1; atoms(tue) -> 2; atoms(wed) -> 3; atoms(thu) -> 4;
atoms(fri) -> 5; atoms(sat) -> 6; atoms(sun) -> 7; atoms(_) -> 0.

arity({}) -> 0; arity({_}) -> 1; arity({_, _}) -> 2; arity({_, _, _}) -> 3;
arity({_, _, _, _}) -> 4; arity(T) when is_tuple(T) -> many; arity(_) -> not_tuple.

mixed(1) -> int1; mixed(a) -> atom_a; mixed(2.0) -> float2; mixed([]) -> nil;
mixed({_}) -> tuple1; mixed([_ | _]) -> cons; mixed(_) -> other.
