-module(bif_ets_hash_atoms).
-export([main/0]).

d(X) -> erlang:display(X).

%% Hash-table order of keys holding atoms inside compound terms: ERTS
%% hashes such an atom by its atom-table index (bare atom keys by text).
show(Name, Keys) ->
    [begin
         T = ets:new(t, [Type]),
         [ets:insert(T, {K, I}) || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))],
         d({Name, Type, [I || {_, I} <- ets:tab2list(T)]}),
         ets:delete(T)
     end || Type <- [set, bag]].

main() ->
    show(bare, [list_to_atom("a" ++ integer_to_list(I)) || I <- lists:seq(1, 40)] ++ [foo, bar, ok, true]),
    show(tuples, [{I, foo} || I <- lists:seq(1, 40)] ++ [{ok, I} || I <- lists:seq(1, 20)]),
    show(mixed, [[I, error] || I <- lists:seq(1, 20)] ++ [#{I => true} || I <- lists:seq(1, 20)] ++
                [{I, <<"x">>, [ok]} || I <- lists:seq(1, 20)]),
    ok.
