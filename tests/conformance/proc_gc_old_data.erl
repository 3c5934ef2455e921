-module(proc_gc_old_data).
-export([main/0]).
%% Data promoted to the old generation stays intact across many minor and
%% major collections while new garbage and new live data keep coming: lists,
%% tuples, maps (flat and hashed), funs, floats, bignums, refc and sub
%% binaries referenced only from old data.
d(X) -> erlang:display(X).

make(N) ->
    Big = list_to_binary([integer_to_list(I) || I <- lists:seq(1, 400)]),
    <<_:10/binary, Sub:100/binary, _/binary>> = Big,
    #{list => lists:seq(1, N),
      tuple => list_to_tuple(lists:seq(1, N)),
      flat => maps:from_list([{I, I * I} || I <- lists:seq(1, 20)]),
      hashed => maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 100)]),
      floats => [float(I) / 3 || I <- lists:seq(1, 50)],
      bignums => [1 bsl (64 + I) || I <- lists:seq(1, 30)],
      fun_ => fun(X) -> X + N end,
      big => Big,
      sub => Sub}.

check(M) ->
    F = maps:get(fun_, M),
    {erlang:phash2(maps:remove(fun_, M)), F(1),
     byte_size(maps:get(big, M)), erlang:md5(maps:get(sub, M))}.

churn(0, Acc) -> length(Acc);
churn(N, Acc) ->
    _Garbage = [{I, [I]} || I <- lists:seq(1, 300)],
    Acc1 = case N rem 7 of 0 -> [N | Acc]; _ -> Acc end,
    case N rem 10 of
        0 -> garbage_collect(self(), [{type, minor}]);
        5 -> garbage_collect(self(), [{type, major}]);
        _ -> ok
    end,
    churn(N - 1, Acc1).

worker(Parent, Opts) ->
    spawn_opt(fun() ->
                      M = make(200),
                      Before = check(M),
                      Kept = churn(400, []),
                      Parent ! {self(), Before =:= check(M), Kept, check(M)}
              end, Opts).

main() ->
    Self = self(),
    Ps = [worker(Self, O) || O <- [[], [{fullsweep_after, 0}], [{fullsweep_after, 3}],
                                    [{min_heap_size, 1000}], [{min_bin_vheap_size, 100}]]],
    Rs = [receive {P, Same, Kept, C} -> {Same, Kept, C} end || P <- Ps],
    d([{S, K} || {S, K, _} <- Rs]),
    [{_, _, C0} | _] = Rs,
    d(lists:all(fun({_, _, C}) -> C =:= C0 end, Rs)),
    d(C0),
    ok.
