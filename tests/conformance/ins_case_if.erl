-module(ins_case_if).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    [d(sign(N)) || N <- [-5, 0, 5, 0.0, -2.5]],
    [d(grade(S)) || S <- [95, 85, 75, 65, 10]],
    [d(describe(T)) || T <- [{ok, 1}, {error, why}, ok, [a], 3, "x"]],
    d(nested(1, 2)),
    d(nested(2, 1)),
    d(nested(2, 2)),
    X = case lists:reverse([1, 2, 3]) of
            [3 | _] = L -> {reversed, L};
            _ -> wrong
        end,
    d(X),
    Y = if
            length(X) > 10 -> long;
            true -> short
        end,
    d(Y),
    d(case {a, 1} of {a, N} when N > 0, N < 10 -> small_a; _ -> other end),
    d(bound_in_both(true)),
    d(bound_in_both(false)),
    ok.

sign(N) ->
    if
        N < 0 -> negative;
        N > 0 -> positive;
        true -> zero
    end.

grade(S) ->
    if
        S >= 90 -> a;
        S >= 80 -> b;
        S >= 70 -> c;
        S >= 60 -> d;
        true -> f
    end.

describe(T) ->
    case T of
        {ok, V} -> {success, V};
        {error, R} -> {failure, R};
        ok -> plain_ok;
        [_ | _] -> a_list;
        I when is_integer(I) -> {int, I};
        _ -> unknown
    end.

nested(A, B) ->
    case A of
        1 -> case B of 2 -> one_two; _ -> one_other end;
        2 -> if B > A -> two_less; B < A -> two_more; true -> two_equal end
    end.

bound_in_both(Flag) ->
    case Flag of
        true -> Z = 1;
        false -> Z = 2
    end,
    Z * 10.
