-module(lib_stats_workload).
-export([main/0]).

mean(L) -> lists:sum(L) / length(L).
variance(L) -> M = mean(L), lists:sum([(X - M) * (X - M) || X <- L]) / length(L).
median(L) ->
    S = lists:sort(L), N = length(S),
    case N rem 2 of
        1 -> lists:nth(N div 2 + 1, S);
        0 -> (lists:nth(N div 2, S) + lists:nth(N div 2 + 1, S)) / 2
    end.
histogram(L, Buckets) ->
    Min = lists:min(L), Max = lists:max(L), W = (Max - Min) / Buckets,
    lists:foldl(fun(X, Acc) ->
                    B = min(Buckets - 1, trunc((X - Min) / W)),
                    maps:update_with(B, fun(C) -> C + 1 end, 1, Acc)
                end, #{}, L).

main() ->
    Data = [math:sin(I / 10) * 100 + (I rem 17) || I <- lists:seq(1, 5000)],
    erlang:display(mean(Data)),
    erlang:display(variance(Data)),
    erlang:display(math:sqrt(variance(Data))),
    erlang:display(median(Data)),
    erlang:display(lists:sort(maps:to_list(histogram(Data, 10)))),
    Ints = [I * I rem 1009 || I <- lists:seq(1, 5000)],
    erlang:display({mean(Ints), median(Ints), lists:max(Ints), lists:min(Ints)}),
    erlang:display(io_lib:format("~.4f ~.2e ~g", [mean(Data), variance(Data), median(Data)])),
    ok.
