-module(b_exceptions).
-export([main/0]).
f(N) when N rem 3 =:= 0 -> throw(N);
f(N) when N rem 3 =:= 1 -> error({bad, N});
f(N) -> N.
loop(0, Acc) -> Acc;
loop(N, Acc) ->
    V = try f(N) catch throw:T -> T; error:{bad, B} -> B * 2 end,
    loop(N - 1, Acc + V).
main() -> erlang:display(loop(300000, 0)).
