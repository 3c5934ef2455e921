-module(ins_catch_old).
-export([main/0]).

id(X) -> X.

f(throw) -> throw(thrown);
f(error) -> error(err);
f(exit) -> exit(ex);
f(badmatch) -> {a} = id({b});
f(Other) -> {value, Other}.

nested() ->
    X = (catch (catch f(throw))),
    Y = catch (1 + (catch f(error)) =:= 2),
    {X, Y}.

main() ->
    erlang:display([catch f(id(K)) || K <- [throw, error, exit, badmatch, ok]]),
    erlang:display(nested()),
    erlang:display(catch 1 + 2),
    erlang:display(catch [catch throw(I) || I <- [1, 2, 3]]),
    V = case catch f(throw) of thrown -> was_thrown; _ -> other end,
    erlang:display(V),
    erlang:display((catch error(x)) =:= (catch error(x))),
    erlang:display(catch lists:map(fun(E) -> 10 div E end, [1, 0])),
    erlang:display(catch exit({shutdown, reason})),
    ok.
