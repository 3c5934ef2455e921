-module(lib_lists_sort_stable).
-export([main/0]).

main() ->
    L = [{I rem 5, I} || I <- lists:seq(1, 40)],
    erlang:display(lists:keysort(1, L)),
    erlang:display(lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)),
    erlang:display(lists:sort(fun({A, _}, {B, _}) -> A < B end, L)),
    erlang:display(lists:ukeysort(1, L)),
    erlang:display(lists:usort(fun({A, _}, {B, _}) -> A =< B end, L)),
    F = [{1, a}, {1.0, b}, {1, c}, {1.0, d}],
    erlang:display(lists:keysort(1, F)),
    erlang:display(lists:ukeysort(1, F)),
    erlang:display(lists:sort(F)),
    R = [rand_like(I) || I <- lists:seq(1, 3000)],
    S = lists:sort(R),
    erlang:display(lists:sublist(S, 15)),
    erlang:display(S =:= lists:sort(fun(A, B) -> A =< B end, R)),
    erlang:display(lists:reverse(S) =:= lists:sort(fun(A, B) -> A >= B end, R)),
    erlang:display(lists:usort(R) =:= lists:usort(fun(A, B) -> A =< B end, R)),
    erlang:display(length(lists:usort(R))),
    ok.

rand_like(I) -> (I * 2654435761) rem 4294967296 rem 997.
