-module(ins_deep_nontail).
-export([main/0]).

%% Non-tail recursion one million deep (stack growth and GC of a deep stack).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).

build(0) -> [];
build(N) -> [N | build(N - 1)].

sum_tree(leaf) -> 0;
sum_tree({L, V, R}) -> sum_tree(L) + V + sum_tree(R).

chain(0) -> leaf;
chain(N) -> {chain(N - 1), N, leaf}.

deep_catch(0) -> throw(bottom);
deep_catch(N) -> 1 + deep_catch(N - 1).

main() ->
    L = build(1000000),
    erlang:display(len(L)),
    erlang:display(lists:sum(L)),
    erlang:display(sum_tree(chain(300000))),
    erlang:display(catch deep_catch(500000)),
    erlang:display(length(lists:map(fun(X) -> X + 1 end, L))),
    erlang:display(length(lists:foldr(fun(X, A) -> [X | A] end, [], L))),
    erlang:display(length(binary_to_list(list_to_binary([X rem 256 || X <- L])))),
    ok.
