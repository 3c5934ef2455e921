-module(bif_ets_stdlib2).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

d(X) -> erlang:display(X).

%% More of ets.erl on top of the BIFs: match_delete, init_table, counters
%% with defaults, foldl/foldr on every type, from/to lists.
main() ->
    C = ets:new(counters, [set, public]),
    Words = ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "the", "end", "fox"],
    [ets:update_counter(C, W, 1, {W, 0}) || W <- Words],
    d(lists:sort(ets:tab2list(C))),
    d(ets:match_delete(C, {'_', 1})),
    d(lists:sort(ets:tab2list(C))),
    I = ets:new(init, [ordered_set]),
    Feed = feeder([{b, 2}, {a, 1}, {c, 3}]),
    d(ets:init_table(I, Feed)),
    d(ets:tab2list(I)),
    [begin
         T = ets:new(f, [Type]),
         ets:insert(T, [{K, V} || K <- [x, y, z], V <- [1, 2]]),
         d({Type,
            lists:sort(ets:foldl(fun({K, V}, A) -> [{K, V} | A] end, [], T)),
            lists:sort(ets:foldr(fun({K, V}, A) -> [{K, V} | A] end, [], T)),
            ets:foldl(fun({_, V}, A) -> V + A end, 0, T)}),
         ets:delete(T)
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    d(ets:test_ms({1, 2}, ets:fun2ms(fun({A, B}) when A < B -> B - A end))),
    d(ets:is_compiled_ms(ets:match_spec_compile([{'_', [], [true]}]))),
    ok.

feeder(L) ->
    fun(read) -> case L of [] -> end_of_input; _ -> {L, fun(close) -> ok; (read) -> end_of_input end} end;
       (close) -> ok
    end.
