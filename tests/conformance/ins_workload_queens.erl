-module(ins_workload_queens).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d({N, length(queens(N))}) || N <- lists:seq(1, 8)],
    d(hd(queens(8))),
    d(lists:last(queens(6))),
    d(hanoi(10, a, b, c, 0)),
    d(length(hanoi_moves(5, l, m, r))),
    d(lists:sublist(hanoi_moves(3, l, m, r), 7)),
    d(knapsack([{60, 10}, {100, 20}, {120, 30}], 50)),
    d(lcs("AGGTABQWERTY", "GXTXAYBWRT")),
    ok.

queens(N) -> queens(N, N).
queens(0, _) -> [[]];
queens(K, N) -> [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].

safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).

hanoi(0, _, _, _, C) -> C;
hanoi(N, From, Via, To, C) ->
    C1 = hanoi(N - 1, From, To, Via, C),
    hanoi(N - 1, Via, From, To, C1 + 1).

hanoi_moves(0, _, _, _) -> [];
hanoi_moves(N, F, V, T) -> hanoi_moves(N - 1, F, T, V) ++ [{F, T}] ++ hanoi_moves(N - 1, V, F, T).

knapsack(Items, Cap) ->
    Row0 = list_to_tuple(lists:duplicate(Cap + 1, 0)),
    Final = lists:foldl(
              fun({Val, W}, Row) ->
                      list_to_tuple([if C >= W -> max(element(C + 1, Row), element(C - W + 1, Row) + Val);
                                        true -> element(C + 1, Row)
                                     end || C <- lists:seq(0, Cap)])
              end, Row0, Items),
    element(Cap + 1, Final).

lcs(A, B) ->
    {_, Len} = lists:foldl(
                 fun(CA, {Prev, _}) ->
                         Row = lcs_row(CA, B, Prev, 0, []),
                         {Row, lists:last(Row)}
                 end, {lists:duplicate(length(B), 0), 0}, A),
    Len.

lcs_row(_, [], _, _, Acc) -> lists:reverse(Acc);
lcs_row(CA, [CB | Bs], [Up | Ups], UpLeft, Acc) ->
    Left = case Acc of [] -> 0; [L | _] -> L end,
    V = if CA =:= CB -> UpLeft + 1; true -> max(Up, Left) end,
    lcs_row(CA, Bs, Ups, Up, [V | Acc]).
