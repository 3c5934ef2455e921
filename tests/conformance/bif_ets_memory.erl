-module(bif_ets_memory).
-export([main/0]).
%% ets:info(T, memory) in words, as erl counts it.
d(X) -> erlang:display(X).
main() ->
    Objs = [{a}, {b, 1}, {c, <<"bin">>}, {d, "a string"}, {e, 1.5}, {f, {1, 2, 3}},
            {g, 12345678901234567890}, {h, #{a => 1}}, {i, [1, [2, [3]]]}],
    lists:foreach(fun(Opts) ->
        T = ets:new(t, Opts),
        M0 = ets:info(T, memory),
        Ms = [begin ets:insert(T, O), ets:info(T, memory) end || O <- Objs],
        ets:delete(T, a),
        M1 = ets:info(T, memory),
        ets:delete_all_objects(T),
        d({Opts, M0, Ms, M1, ets:info(T, memory)})
    end, [[set], [bag], [duplicate_bag], [ordered_set], [set, public, {write_concurrency, true}],
          [ordered_set, public, {write_concurrency, true}], [set, {keypos, 1}, private]]),
    T = ets:new(t, [set]),
    [begin [ets:insert(T, {I, I}) || I <- lists:seq(1, N)], d({N, ets:info(T, memory)}) end
     || N <- [1000, 2304, 2305, 4352, 4353, 10000]],
    [begin [ets:delete(T, I) || I <- lists:seq(N + 1, 10000)], d({N, ets:info(T, memory)}) end
     || N <- [6000, 3000, 2000, 100]],
    ok.
