-module(ins_match_atom_int).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(atom_kind(A)) || A <- [true, false, undefined, ok, error, 'quoted atom', 'A', '', x]],
    [d(int_kind(I)) || I <- [0, 1, -1, 2, 42, 255, 256, -256, 4294967296, 18446744073709551616,
                             -18446744073709551616, 123456789012345678901234567890, 1 bsl 59, 1 bsl 60,
                             (1 bsl 59) - 1, -(1 bsl 59), 7]],
    d(char_kind($a)),
    d(char_kind($Z)),
    d(char_kind($5)),
    d(char_kind($\n)),
    d(char_kind(16#1F600)),
    ok = ok,
    1 = 1,
    d(mixed(1)),
    d(mixed(1.0)),
    d(mixed(one)),
    d(mixed("1")),
    ok.

atom_kind(true) -> boolean;
atom_kind(false) -> boolean;
atom_kind(undefined) -> undef;
atom_kind(ok) -> ok;
atom_kind(error) -> err;
atom_kind('quoted atom') -> quoted;
atom_kind('') -> empty;
atom_kind(A) -> {other, A}.

int_kind(0) -> zero;
int_kind(1) -> one;
int_kind(-1) -> minus_one;
int_kind(42) -> answer;
int_kind(255) -> byte_max;
int_kind(4294967296) -> two_pow_32;
int_kind(18446744073709551616) -> two_pow_64;
int_kind(-18446744073709551616) -> minus_two_pow_64;
int_kind(123456789012345678901234567890) -> big_literal;
int_kind(576460752303423488) -> two_pow_59;
int_kind(1152921504606846976) -> two_pow_60;
int_kind(576460752303423487) -> two_pow_59_minus_1;
int_kind(-576460752303423488) -> minus_two_pow_59;
int_kind(N) when N < 0 -> negative;
int_kind(N) when N > 100 -> large;
int_kind(_) -> small.

char_kind(C) when C >= $a, C =< $z -> lower;
char_kind(C) when C >= $A, C =< $Z -> upper;
char_kind(C) when C >= $0, C =< $9 -> digit;
char_kind($\n) -> newline;
char_kind(C) -> {other, C}.

mixed(1) -> integer_one;
mixed(1.0) -> float_one;
mixed(one) -> atom_one;
mixed(_) -> something_else.
