-module(ins_guards_bool).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d({X, g_and(X), g_or(X), g_andalso(X), g_orelse(X), g_not(X), g_xor(X), g_seq(X)})
     || X <- [0, 1, 5, 10, 15, -1, a, 2.5]],
    [d({X, crash_guard(X)}) || X <- [[], [1], atom, {1, 2}, 3]],
    d([B1 andalso B2 || B1 <- [true, false], B2 <- [true, false]]),
    d([B1 orelse B2 || B1 <- [true, false], B2 <- [true, false]]),
    d([B1 xor B2 || B1 <- [true, false], B2 <- [true, false]]),
    d([B1 and B2 || B1 <- [true, false], B2 <- [true, false]]),
    d([B1 or B2 || B1 <- [true, false], B2 <- [true, false]]),
    d([not B || B <- [true, false]]),
    d(false andalso error(never)),
    d(true orelse error(never)),
    d(true andalso not_a_boolean),
    d(false orelse 42),
    d(catch (1 andalso true)),
    d(catch (not 7)),
    d(catch (a and true)),
    ok.

g_and(X) when is_integer(X) and (X > 3) -> yes;
g_and(_) -> no.
g_or(X) when (X =:= 0) or (X =:= a) -> yes;
g_or(_) -> no.
g_andalso(X) when is_integer(X) andalso X > 3 andalso X < 12 -> yes;
g_andalso(_) -> no.
g_orelse(X) when X =:= 1 orelse is_atom(X) orelse (is_float(X) andalso X > 2) -> yes;
g_orelse(_) -> no.
g_not(X) when not is_integer(X) -> not_int;
g_not(_) -> int.
g_xor(X) when is_number(X) xor (X =:= 2.5) -> yes;
g_xor(_) -> no.
g_seq(X) when X =:= 5; X =:= 15; is_atom(X) -> in_seq;
g_seq(_) -> out.

%% Exceptions in guards make the guard fail instead of raising.
crash_guard(X) when hd(X) =:= 1 -> head_one;
crash_guard(X) when element(1, X) =:= 1 -> elem_one;
crash_guard(X) when length(X) >= 0 -> proper_list;
crash_guard(X) when X + 1 > 0 -> number;
crash_guard(_) -> fallback.
