-module(ins_try_deep).
-export([main/0]).

d(X) -> erlang:display(X).

%% Exception handlers nested 100k deep; throws unwinding through many frames.
main() ->
    d(nest_try(100000)),
    d(nest_catch(100000)),
    d(unwind(100000)),
    d(catch_each(100000, 0)),
    d(rethrow_chain(1000)),
    d(after_count(1000)),
    ok.

nest_try(0) -> 0;
nest_try(N) ->
    try nest_try(N - 1) of V -> V + 1 catch _:_ -> error end.

nest_catch(0) -> throw(bottom);
nest_catch(N) when N rem 1000 =:= 0 ->
    case catch nest_catch(N - 1) of
        bottom when N =:= 1000 -> {caught_at, N};
        Other -> Other
    end;
nest_catch(N) -> nest_catch(N - 1).

unwind(N) ->
    try deep_throw(N) catch throw:{depth, D} -> {unwound, D} end.

deep_throw(0) -> throw({depth, 0});
deep_throw(N) -> 1 + deep_throw(N - 1).

catch_each(0, Acc) -> Acc;
catch_each(N, Acc) ->
    V = try
            if N rem 3 =:= 0 -> throw(N); true -> N end
        catch
            throw:T -> -T
        end,
    catch_each(N - 1, Acc + V).

rethrow_chain(0) -> throw(base);
rethrow_chain(N) ->
    try rethrow_chain(N - 1)
    catch throw:R -> if N =:= 1000 -> {final, R}; true -> throw(R) end
    end.

after_count(N) ->
    Self = [],
    after_count(N, Self).

after_count(0, Acc) -> length(Acc);
after_count(N, Acc) ->
    R = try N after ok end,
    after_count(N - 1, [R | Acc]).
