-module(bif_compare_terms).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Deep1 = nest(500, [1, 2.0, {a}]),
    Deep2 = nest(500, [1, 2.0, {a}]),
    Deep3 = nest(500, [1, 2, {a}]),
    d(Deep1 =:= Deep2),
    d(Deep1 == Deep3),
    d(Deep1 =:= Deep3),
    d(Deep1 < Deep3),
    d(Deep3 < Deep1),
    d(lists:sort([{1, 2.0}, {1, 2}, {1.0, 2}, {1, 1}])),
    d(lists:usort([1, 1.0, 2, 2.0, a, a])),
    d(lists:sort([[1, 2 | 3], [1, 2, 3], [1, 2], [1]])),
    d(lists:sort(fun erlang:'>='/2, [3, 1.0, 2, 1])),
    d(erlang:'=:='(1, 1.0)),
    d(erlang:'=='(1, 1.0)),
    d(erlang:'<'(a, 1)),
    d(lists:max([1, 1.0])),
    d(lists:min([1.0, 1])),
    ok.

nest(0, X) -> X;
nest(N, X) -> {N, [nest(N - 1, X)]}.
