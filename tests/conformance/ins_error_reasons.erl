-module(ins_error_reasons).
-export([main/0]).

-record(r, {a}).

id(X) -> X.

fc(1) -> one.
cc(X) -> case X of 1 -> one end.
ic(X) -> if X > 10 -> big end.
bm(X) -> {ok, _} = X.
ba(X) -> X + 1.
bk(M) -> #{k := V} = M, V.
rec(R) -> R#r.a.
tl_(L) -> tl(L).

run(F) ->
    try F() of V -> {ok, V}
    catch C:R:S ->
        {C, R, [{M, Fn, if is_list(A) -> length(A); true -> A end} || {M, Fn, A, _} <- S, M =/= ins_error_reasons orelse Fn =/= run]}
    end.

main() ->
    Tests = [
        fun() -> fc(id(2)) end,
        fun() -> cc(id(2)) end,
        fun() -> ic(id(2)) end,
        fun() -> bm(id(error)) end,
        fun() -> ba(id(a)) end,
        fun() -> id(1) / id(0) end,
        fun() -> id(1) div id(0) end,
        fun() -> id(1) rem id(0) end,
        fun() -> id(1.0) + id(a) end,
        fun() -> -id(a) end,
        fun() -> id(1) bsl id(a) end,
        fun() -> bnot id(1.0) end,
        fun() -> bk(id(#{})) end,
        fun() -> bk(id(notmap)) end,
        fun() -> rec(id({other, 1})) end,
        fun() -> rec(id(notrec)) end,
        fun() -> (id(notfun))() end,
        fun() -> (id(fun(_) -> ok end))() end,
        fun() -> no_such_module:f() end,
        fun() -> lists:no_such_function() end,
        fun() -> tl_(id([])) end,
        fun() -> hd(id(a)) end,
        fun() -> element(id(5), id({1})) end,
        fun() -> atom_to_list(id(1)) end,
        fun() -> list_to_atom(id(lists:duplicate(256, $a))) end,
        fun() -> list_to_tuple(id(a)) end,
        fun() -> binary_to_atom(id(<<"a">>), id(bad)) end,
        fun() -> make_tuple_big() end,
        fun() -> id(1 bsl 100000000) end,
        fun() -> erlang:integer_to_list(id(10), id(1)) end,
        fun() -> length(id([a | b])) end,
        fun() -> size(id(a)) end,
        fun() -> abs(id(x)) end,
        fun() -> id(a) > id(1) andalso id(x) end,
        fun() -> (id(a) > id(1)) orelse ok end,
        fun() -> true andalso id(nonbool) end,
        fun() -> id(nonbool) andalso true end,
        fun() -> not id(1) end,
        fun() -> id(1) and id(true) end,
        fun() -> [X || X <- id(notlist)] end,
        fun() -> {A, A} = id({1, 2}) end,
        fun() -> <<X:8>> = id(<<1, 2>>), X end,
        fun() -> throw(id(t)) end,
        fun() -> exit(id(e)) end
    ],
    [erlang:display(run(T)) || T <- Tests],
    ok.

make_tuple_big() -> erlang:make_tuple(id(1 bsl 30), x).
