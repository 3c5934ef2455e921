-module(ins_divrem).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {1 bsl 64, 3},
             {-(1 bsl 64), 3}, {(1 bsl 64) + 1, -(1 bsl 32)}, {-(1 bsl 100), -(1 bsl 50) - 1},
             {576460752303423488, -1}, {-576460752303423488, -1}, {12345678901234567890, 12345678901234567890}],
    [d({A, B, A div B, A rem B, (A div B) * B + A rem B =:= A}) || {A, B} <- Pairs],
    [d({A, B, A / B}) || {A, B} <- [{7, 2}, {-7, 2}, {1, 3}, {2, 3}, {10, 4}, {1 bsl 70, 1 bsl 10}, {0, -5}]],
    d(catch (1 div 0)),
    d(catch (1 rem 0)),
    d(catch (1 / 0)),
    d(catch (1 div 1.0)),
    d(catch (1.5 rem 1)),
    ok.
