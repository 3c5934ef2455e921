-module(ins_try_after).
-export([main/0]).

id(X) -> X.

log(X) -> put(log, [X | get_log()]).
get_log() -> case get(log) of undefined -> []; L -> L end.

t1(X) ->
    try id(X) of
        1 -> one;
        N when is_integer(N) -> {int, N}
    catch
        throw:T -> {thrown, T}
    after
        log({after1, X})
    end.

t2(X) ->
    try
        case X of
            throw -> throw(t);
            error -> error(e);
            exit -> exit(x);
            ok -> ok
        end
    after
        log({after2, X})
    end.

t3() ->
    try
        try throw(inner)
        after log(inner_after)
        end
    catch throw:V -> {caught, V}
    after log(outer_after)
    end.

t4(N) ->
    try
        if N > 0 -> t4(N - 1); true -> throw(bottom) end
    after
        log({unwind, N})
    end.

t5() ->
    try error(first)
    catch error:first ->
        try error(second)
        catch error:second -> handled_both
        end
    end.

t6() ->
    %% exception raised in an after block replaces the original one
    try
        try error(original) after error(from_after) end
    catch C:R -> {C, R}
    end.

t7() ->
    %% try with no exception in an of clause that itself raises: not caught
    catch try id(2) of 2 -> error(in_of) catch error:_ -> wrong end.

main() ->
    erlang:display([t1(1), t1(5), catch t1(x)]),
    erlang:display(catch t2(throw)),
    erlang:display(catch t2(error)),
    erlang:display(catch t2(exit)),
    erlang:display(t2(ok)),
    erlang:display(t3()),
    erlang:display(catch t4(3)),
    erlang:display(t5()),
    erlang:display(t6()),
    erlang:display(t7()),
    erlang:display(lists:reverse(get_log())),
    ok.
