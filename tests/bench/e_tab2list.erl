-module(e_tab2list).
-export([main/0]).
%% tab2list of 1M objects from a set and an ordered_set (3 times each);
%% the set's list comes in erl's hash order (its hash is printed).
main() ->
    S = ets:new(s, [set, public]),
    O = ets:new(o, [ordered_set, public]),
    ins(S, 1000000), ins(O, 1000000),
    T0 = erlang:monotonic_time(microsecond),
    L1 = [ets:tab2list(S) || _ <- [1, 2, 3]],
    L2 = [ets:tab2list(O) || _ <- [1, 2, 3]],
    T1 = erlang:monotonic_time(microsecond),
    erlang:display([length(L) || L <- L1 ++ L2]),
    erlang:display(erlang:phash2(hd(L1))),
    erlang:display(lists:sublist(hd(L1), 5)),
    erlang:display(T1 - T0).
ins(_, 0) -> ok;
ins(T, N) -> ets:insert(T, {N, N * 2}), ins(T, N - 1).
