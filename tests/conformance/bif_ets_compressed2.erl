-module(bif_ets_compressed2).
-export([main/0]).
%% compressed tables behave like the others (only their memory differs).
d(X) -> erlang:display(X).
main() ->
    lists:foreach(fun(Type) ->
        T = ets:new(t, [Type, compressed]),
        Big = lists:seq(1, 200),
        [ets:insert(T, {I, Big, <<I:800>>, {nested, [I, {I}]}}) || I <- lists:seq(1, 50)],
        d({Type, ets:info(T, compressed), ets:info(T, size)}),
        [{K, L, B, N}] = ets:lookup(T, 25),
        d({K, length(L), byte_size(B), N}),
        d(lists:sublist([element(1, O) || O <- ets:tab2list(T)], 10)),
        d(ets:select(T, [{{'$1', '_', '_', {nested, ['$2', '_']}}, [{'<', '$1', 4}], ['$2']}])),
        d(try ets:update_element(T, 3, {4, changed}) catch error:badarg -> badarg end),
        d(try ets:update_counter(T, 3, {1, 0}) catch error:badarg -> badarg end)
    end, [set, ordered_set, bag, duplicate_bag]),
    ok.
