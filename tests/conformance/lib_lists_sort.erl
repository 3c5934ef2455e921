-module(lib_lists_sort).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    L = [5, 3, 9, 1, 5, 7, 2, 8, 3, 0, 4, 6],
    d(lists:sort(L)),
    d(lists:usort(L)),
    d(lists:sort(fun(A, B) -> A > B end, L)),
    d(lists:usort(fun(A, B) -> A >= B end, L)),
    d(lists:sort([c, a, b, "x", 1.5, 1, {z}])),
    d(lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}, {d, 1}])),
    d(lists:ukeysort(2, [{a, 3}, {b, 1}, {c, 2}, {d, 1}])),
    d(lists:keysort(1, [{b, 2}, {a, 1}, {b, 1}, {a, 2}])),
    d(lists:merge([1, 3, 5], [2, 4, 6])),
    d(lists:merge([[1, 4], [2, 5], [3, 6]])),
    d(lists:umerge([1, 2, 3], [2, 3, 4])),
    d(lists:merge3([1, 4], [2, 5], [3, 6])),
    d(lists:merge(fun(A, B) -> A > B end, [5, 3, 1], [6, 4, 2])),
    d(lists:keymerge(1, [{1, a}, {3, c}], [{2, b}, {4, d}])),
    Rand = pseudo_random(20000, 12345, []),
    Sorted = lists:sort(Rand),
    d(length(Sorted)),
    d(lists:sublist(Sorted, 5)),
    d(lists:nthtail(19995, Sorted)),
    d(is_sorted(Sorted)),
    d(length(lists:usort(Rand))),
    d(lists:sort(fun(A, B) -> A rem 10 =< B rem 10 end, lists:seq(1, 25))),
    d(lists:sort([])),
    d(lists:sort([x])),
    d(lists:reverse(lists:sort(lists:seq(100, 1, -1))) =:= lists:seq(100, 1, -1)),
    d(lists:sort([{1, b}, {1, a}, {0, z}])),
    ok.

pseudo_random(0, _, Acc) -> Acc;
pseudo_random(N, S, Acc) ->
    S2 = (S * 1103515245 + 12345) rem 2147483648,
    pseudo_random(N - 1, S2, [S2 rem 100000 | Acc]).

is_sorted([A, B | T]) when A =< B -> is_sorted([B | T]);
is_sorted([_, _ | _]) -> false;
is_sorted(_) -> true.
