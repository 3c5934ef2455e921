-module(bif_ets_memory_random).
-export([main/0]).

%% ets:info(T, memory) per object for 300 random terms (seeded, so the same
%% on both VMs): nested tuples, lists, improper lists, flat and large maps,
%% integers, bignums, floats, atoms, binaries, sub binaries and bitstrings,
%% strings, pids, export funs, {} and #{}; plain and compressed tables.
gen(0) -> leaf();
gen(D) ->
    case rand:uniform(9) of
        1 -> list_to_tuple([gen(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        2 -> [gen(D - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)];
        3 -> maps:from_list([{gen(D - 1), gen(D - 1)} || _ <- lists:seq(1, rand:uniform(3))]);
        4 -> maps:from_list([{I, gen(0)} || I <- lists:seq(1, 30 + rand:uniform(20))]);
        5 -> [gen(D - 1) | gen(D - 1)];
        _ -> leaf()
    end.
leaf() ->
    Big = list_to_binary(lists:seq(0, 255)),
    case rand:uniform(14) of
        1 -> rand:uniform(1000) - 500;
        2 -> rand:uniform(1 bsl 80) - (1 bsl 79);
        3 -> rand:uniform() * 1000;
        4 -> list_to_atom("a" ++ integer_to_list(rand:uniform(50)));
        5 -> binary:part(Big, rand:uniform(100), rand:uniform(100));
        6 -> list_to_binary(lists:seq(1, rand:uniform(70)));
        7 -> N = rand:uniform(30), M = rand:uniform(200), <<_:N/bits, B:M/bits, _/bits>> = Big, B;
        8 -> lists:seq(1, rand:uniform(10));
        9 -> "str" ++ integer_to_list(rand:uniform(100));
        10 -> self();
        11 -> fun lists:map/2;
        12 -> {};
        13 -> #{};
        _ -> []
    end.
main() ->
    rand:seed(exsss, {1, 2, 3}),
    [begin
         T = ets:new(t, Opts),
         M0 = ets:info(T, memory),
         Ws = [begin O = {I, gen(4), gen(3)}, ets:insert(T, O), W = ets:info(T, memory) - M0, ets:delete(T, I), W end || I <- lists:seq(1, 300)],
         erlang:display({Opts, erlang:phash2(Ws), lists:sum(Ws)}),
         erlang:display(Ws)
     end || Opts <- [[set], [set, compressed], [ordered_set, compressed]]],
    ok.
