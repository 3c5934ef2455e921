-module(ins_gc_stress).
-export([main/0]).

d(X) -> erlang:display(X).

%% Allocation-heavy loops: many short-lived terms, a few long-lived ones.
main() ->
    Keep = lists:seq(1, 1000),
    d(churn(200, Keep, 0)),
    d(lists:sum(Keep)),
    d(tree_sum(build_tree(16))),
    d(string_churn(2000, "")),
    d(bignum_churn(2000, 1)),
    d(tuple_churn(100000, {0, 0, 0})),
    d(float_churn(100000, 0.0)),
    d(closure_churn(50000, fun(X) -> X end)),
    d(length(Keep)),
    ok.

churn(0, _, Acc) -> Acc;
churn(N, Keep, Acc) ->
    Tmp = [{I, [I, I + 1], {I}} || I <- Keep],
    churn(N - 1, Keep, Acc + length(Tmp)).

build_tree(0) -> leaf;
build_tree(N) -> {node, N, build_tree(N - 1), build_tree(N - 1)}.

tree_sum(leaf) -> 0;
tree_sum({node, N, L, R}) -> N + tree_sum(L) + tree_sum(R).

string_churn(0, S) -> {length(S), lists:sublist(S, 10)};
string_churn(N, S) ->
    S2 = integer_to_list(N) ++ lists:sublist(S, 50),
    string_churn(N - 1, S2).

bignum_churn(0, X) -> X rem 1000000007;
bignum_churn(N, X) -> bignum_churn(N - 1, (X * 3 + N) rem (1 bsl 200)).

tuple_churn(0, T) -> T;
tuple_churn(N, {A, B, C}) -> tuple_churn(N - 1, {B, C, A + N}).

float_churn(0, F) -> F;
float_churn(N, F) -> float_churn(N - 1, F + 1 / N).

closure_churn(0, F) -> F(done);
closure_churn(N, F) -> closure_churn(N - 1, fun(X) -> F(X) end).
