-module(bif_ets_hash_terms).
-export([main/0]).

d(X) -> erlang:display(X).

%% Hash-table iteration order (tab2list, first/next) for keys of every
%% term type whose ERTS hash does not depend on the atom table: floats,
%% bignums, binaries and bitstrings (also unaligned sub-binaries), strings,
%% flat and hash-trie maps (also nested as keys of large maps), refs and
%% pids; bare atoms hash by their text.
show(Name, Keys) ->
    [begin
         T = ets:new(t, [Type]),
         [ets:insert(T, {K, I}) || {K, I} <- lists:zip(Keys, lists:seq(1, length(Keys)))],
         d({Name, Type, [I || {_, I} <- ets:tab2list(T)]}),
         d({Name, Type, first_next(T, ets:first(T), [])}),
         ets:delete(T)
     end || Type <- [set, bag, duplicate_bag]].

first_next(_, '$end_of_table', Acc) -> length(Acc);
first_next(T, K, Acc) -> first_next(T, ets:next(T, K), [K | Acc]).

main() ->
    show(floats, [float(I) / 7 || I <- lists:seq(-40, 40)] ++ [0.0, 1.0e300, -2.5e-300]),
    show(bigs, [(1 bsl (64 + I)) + I || I <- lists:seq(0, 40)] ++ [-(1 bsl (70 + I)) || I <- lists:seq(0, 20)]),
    show(bins, [<<I:8, (I * 3):16>> || I <- lists:seq(0, 60)] ++ [<<I:5>> || I <- lists:seq(0, 31)]),
    Big = list_to_binary(lists:seq(0, 200)),
    show(subbins, [binary:part(Big, I, 7) || I <- lists:seq(0, 60)] ++
                  [begin <<_:3, B:20/bits, _/bits>> = binary:part(Big, I, 5), B end || I <- lists:seq(0, 40)]),
    show(smallmaps, [#{I => [I], {I} => 1.5} || I <- lists:seq(1, 20)]),
    show(bigmaps, [maps:from_list([{J, I} || J <- lists:seq(1, 40)]) || I <- lists:seq(1, 30)] ++
                  [maps:from_list([{J * 1.5, I} || J <- lists:seq(I, I + 50)]) || I <- lists:seq(1, 30)]),
    show(nested, [{I, [I, 2.5], <<I>>, {}, []} || I <- lists:seq(1, 60)] ++ [[I | I] || I <- lists:seq(1, 30)]),
    show(strings, [integer_to_list(I * 7919) || I <- lists:seq(1, 60)] ++ [[I, 300, I] || I <- lists:seq(1, 30)]),
    show(atoms, [list_to_atom("k" ++ integer_to_list(I)) || I <- lists:seq(1, 60)] ++ [true, false, ok, undefined, '']),
    show(refs, [list_to_ref("#Ref<0." ++ integer_to_list(I * 2000) ++ ".0." ++ integer_to_list(I * 3) ++ ">")
                || I <- lists:seq(1, 60)]),
    show(pids, [list_to_pid("<0." ++ integer_to_list(I) ++ ".0>") || I <- lists:seq(1, 60)] ++
               [list_to_pid("<0." ++ integer_to_list(I * 500) ++ ".3>") || I <- lists:seq(1, 60)]),
    show(bigmapkeys, [maps:from_list([{maps:from_list([{J, K} || J <- lists:seq(1, 40)]), K} || K <- lists:seq(I, I + 35)])
                      || I <- lists:seq(1, 20)]),
    %% a large map whose keys are large maps: the trie order uses the same hash
    d([K || #{1 := K} <- maps:keys(maps:from_list([{maps:from_list([{J, K} || J <- lists:seq(1, 40)]), K}
                                                   || K <- lists:seq(1, 40)]))]),
    %% pids as keys of a large map
    d(maps:values(maps:from_list([{list_to_pid("<0." ++ integer_to_list(I * 7) ++ ".1>"), I} || I <- lists:seq(1, 50)]))),
    ok.
