-module(ins_bitops).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Vals = [0, 1, -1, 5, -5, 255, -256, 1 bsl 59, -(1 bsl 59), 1 bsl 64, -(1 bsl 64),
            (1 bsl 100) + 12345, -((1 bsl 100) + 12345)],
    [d({V, bnot V, V band 16#FF, V bor 16#F0F0, V bxor -1, V bxor 16#123456789ABCDEF0123})
     || V <- Vals],
    [d({V, V bsl 3, V bsr 3, V bsl 70, V bsr 70, V bsl -2, V bsr -2}) || V <- Vals],
    d(1 bsl 1000),
    d((1 bsl 1000) bsr 999),
    d(-1 bsr 1000),
    d(-1 bsl 100),
    d(((1 bsl 128) - 1) band ((1 bsl 64) - 1)),
    d((1 bsl 128) bor (1 bsl 64) bor 1),
    d(-(1 bsl 128) band ((1 bsl 130) - 1)),
    d(-(1 bsl 70) bor 1),
    d(-(1 bsl 70) bxor ((1 bsl 70) - 1)),
    d(-12345678901234567890123 band -98765432109876543210),
    d(-12345678901234567890123 bor -98765432109876543210),
    d(-12345678901234567890123 bxor -98765432109876543210),
    d(popcount(1 bsl 200 - 1, 0)),
    d(catch (1.0 band 1)),
    d(catch (a bsl 1)),
    d(catch (1 bsr 1.5)),
    ok.

popcount(0, N) -> N;
popcount(X, N) -> popcount(X bsr 1, N + (X band 1)).
