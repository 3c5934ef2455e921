-module(p_ring).
-export([main/0]).
%% A ring of 10,000 processes passing a token 100 times around.
main() ->
    T0 = erlang:monotonic_time(microsecond),
    erlang:display(run(10000, 100)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
run(N, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> node_loop(Next) end) end, Self, lists:seq(1, N - 1)),
    First ! {token, N * Laps - 1},
    wait(First).
node_loop(Next) ->
    receive
        {token, 0} -> Next ! {done, 0};
        {token, K} -> Next ! {token, K - 1}, node_loop(Next);
        {done, _} = D -> Next ! D
    end.
wait(First) ->
    receive
        {token, 0} -> First ! {done, 0}, receive {done, _} -> ok end, laps_done;
        {token, K} -> First ! {token, K - 1}, wait(First);
        {done, _} -> laps_done
    end.
