-module(ins_workload_sort).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    L = rand_list(5000, 7),
    Ref = lists:sort(L),
    d(lists:sublist(Ref, 8)),
    d(msort(L) =:= Ref),
    d(qsort(L) =:= Ref),
    d(isort(lists:sublist(L, 500)) =:= lists:sort(lists:sublist(L, 500))),
    d(hsort(L) =:= Ref),
    T = list_to_tuple(Ref),
    d([bsearch(T, X) || X <- [hd(Ref), lists:last(Ref), -1, 1000001]]),
    d(msort([{b, 2}, {a, 1}, {c, 0}])),
    d(qsort("the quick brown fox")),
    d(msort([3.5, 1, 2.0, -1, 1.0e3])),
    ok.

rand_list(0, _) -> [];
rand_list(N, S) ->
    S2 = (S * 16807) rem 2147483647,
    [S2 rem 1000000 | rand_list(N - 1, S2)].

msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).

merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].

qsort([]) -> [];
qsort([P | T]) ->
    {Lo, Hi} = lists:partition(fun(X) -> X < P end, T),
    qsort(Lo) ++ [P | qsort(Hi)].

isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, []) -> [X];
ins(X, [Y | T]) when X =< Y -> [X, Y | T];
ins(X, [Y | T]) -> [Y | ins(X, T)].

%% Pairing heap sort.
hsort(L) -> drain(lists:foldl(fun(X, H) -> meld({X, []}, H) end, empty, L)).
meld(empty, H) -> H;
meld(H, empty) -> H;
meld({X, Hs1} = H1, {Y, Hs2} = H2) ->
    if X =< Y -> {X, [H2 | Hs1]}; true -> {Y, [H1 | Hs2]} end.
pairs([]) -> empty;
pairs([H]) -> H;
pairs([A, B | Rest]) -> meld(meld(A, B), pairs(Rest)).
drain(empty) -> [];
drain({X, Hs}) -> [X | drain(pairs(Hs))].

bsearch(T, X) -> bsearch(T, X, 1, tuple_size(T)).
bsearch(_, _, Lo, Hi) when Lo > Hi -> not_found;
bsearch(T, X, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case element(Mid, T) of
        X -> {found, Mid};
        V when V < X -> bsearch(T, X, Mid + 1, Hi);
        _ -> bsearch(T, X, Lo, Mid - 1)
    end.
