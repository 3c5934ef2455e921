-module(bif_integer_ops).
-export([main/0]).

id(X) -> X.
t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    Ns = [0, 1, -1, 7, -7, 1 bsl 59, (1 bsl 59) - 1, -(1 bsl 59), 1 bsl 60, -(1 bsl 60) - 1, 1 bsl 64, -(1 bsl 100)],
    erlang:display([abs(id(N)) || N <- Ns]),
    erlang:display([id(N) div 3 || N <- Ns]),
    erlang:display([id(N) rem 3 || N <- Ns]),
    erlang:display([id(N) div -3 || N <- Ns]),
    erlang:display([id(N) rem -3 || N <- Ns]),
    erlang:display([id(N) bsl 3 || N <- Ns]),
    erlang:display([id(N) bsr 3 || N <- Ns]),
    erlang:display([id(N) bsl -70 || N <- Ns]),
    erlang:display([bnot id(N) || N <- Ns]),
    erlang:display([id(N) band 16#FFFF || N <- Ns]),
    erlang:display([id(N) bor 16#F0 || N <- Ns]),
    erlang:display([id(N) bxor -1 || N <- Ns]),
    erlang:display([id(N) * id(N) || N <- Ns]),
    erlang:display([id(N) - (1 bsl 60) || N <- Ns]),
    erlang:display([id(N) + (1 bsl 60) || N <- Ns]),
    erlang:display([-id(N) || N <- Ns]),
    erlang:display([t(fun() -> id(1) bsl id(1 bsl 70) end), t(fun() -> id(0) bsl id(1 bsl 70) end),
                    t(fun() -> id(-1) bsr id(1 bsl 70) end), t(fun() -> id(1) bsr id(1 bsl 70) end),
                    t(fun() -> id(1.0) band 1 end), t(fun() -> id(1) div id(0.0) end),
                    t(fun() -> id(1 bsl 80) rem id(0) end)]),
    erlang:display([max(id(1), id(2)), min(id(a), id(1)), max(id("a"), id(<<"a">>)), min(id(1.0), id(1))]),
    erlang:display([id(N) =:= N + 0 || N <- Ns]),
    erlang:display([integer_to_list(N, 2) || N <- [5, -5, 1 bsl 61]]),
    ok.
