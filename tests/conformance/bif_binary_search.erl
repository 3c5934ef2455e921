-module(bif_binary_search).
-export([main/0]).

%% binary:match/2,3, matches/2,3 and compile_pattern/1: one pattern and
%% several (overlapping, nested, sharing prefixes), scopes, results.

d(X) -> erlang:display(X).

c(F) ->
    try F()
    catch C:R -> {C, R}
    end.

both(H, P) ->
    CP = binary:compile_pattern(P),
    R = {binary:match(H, P), binary:matches(H, P)},
    R = {binary:match(H, CP), binary:matches(H, CP)},
    d(R).

main() ->
    both(<<"abcde">>, <<"cd">>),
    both(<<"abcde">>, <<"x">>),
    both(<<"aaaaa">>, <<"aa">>),
    both(<<"abababa">>, <<"aba">>),
    both(<<"abcd">>, [<<"abcd">>, <<"bc">>]),
    both(<<"abcd">>, [<<"bc">>, <<"abcd">>]),
    both(<<"abcdef">>, [<<"ab">>, <<"bcdef">>, <<"cd">>]),
    both(<<"abcdef">>, [<<"abcde">>, <<"cd">>, <<"ef">>]),
    both(<<"xabcx">>, [<<"a">>, <<"ab">>, <<"abc">>]),
    both(<<"xabcx">>, [<<"abc">>, <<"b">>, <<"bcx">>]),
    both(<<"she sells sea shells">>, [<<"he">>, <<"she">>, <<"his">>, <<"hers">>, <<"s">>]),
    both(<<"ushers">>, [<<"he">>, <<"she">>, <<"his">>, <<"hers">>]),
    both(<<"aaaa">>, [<<"a">>, <<"aa">>, <<"aaa">>]),
    both(<<"abcabcabc">>, [<<"cab">>, <<"bca">>, <<"abc">>]),
    both(<<"abxabyab">>, [<<"ab">>, <<"ab">>]),
    both(<<"mississippi">>, [<<"issi">>, <<"ssi">>, <<"sip">>, <<"pi">>]),
    both(<<"mississippi">>, [<<"ss">>, <<"i">>]),
    both(<<"abcbcd">>, [<<"bcd">>, <<"abcb">>, <<"cbc">>]),
    both(<<"xyz">>, [<<"xyz">>, <<"xy">>, <<"yz">>, <<"z">>]),
    both(<<0, 255, 0, 255, 0>>, [<<255, 0>>, <<0>>]),
    both(<<"needle">>, <<"needle">>),
    both(<<"nee">>, <<"needle">>),
    both(<<"nee">>, [<<"needle">>, <<"needles">>]),
    H = <<"the quick brown fox jumps over the lazy dog">>,
    d(binary:match(H, <<"the">>, [{scope, {1, 42}}])),
    d(binary:matches(H, <<"o">>, [{scope, {13, 10}}])),
    d(binary:matches(H, <<"o">>, [{scope, {43, -30}}])),
    d(binary:matches(H, [<<"o">>, <<"u">>], [{scope, {0, 20}}, {scope, {20, 23}}])),
    d(binary:match(H, <<"dog">>, [{scope, {0, 42}}])),
    d(binary:match(H, <<"dog">>, [{scope, {40, 3}}])),
    d(binary:match(H, <<"dog">>, [{scope, {43, 0}}])),
    d(binary:match(H, <<"t">>, [{scope, {0, 1}}])),
    d(binary:match(H, <<"t">>, [{scope, {0, 1}} | foo])),
    %% sub binaries, unaligned ones too
    <<_:3, U:20/binary, _:13>> = <<0, "xxabcabcabcxxabcabcx", 0:8>>,
    d(binary:matches(U, <<"abc">>)),
    d(binary:matches(U, [<<"ca">>, <<"xa">>])),
    <<_:5/binary, Sub:30/binary, _/binary>> = H,
    <<_:2/binary, SubSub:20/binary, _/binary>> = Sub,
    d({SubSub, binary:matches(SubSub, [<<"o">>, <<" ">>])}),
    %% empty subject / empty scope: nomatch before the pattern is checked
    d(binary:match(<<>>, <<"a">>)),
    d(binary:matches(<<>>, [<<"a">>])),
    d(c(fun() -> binary:match(<<>>, foo) end)),
    d(c(fun() -> binary:match(<<"abc">>, foo, [{scope, {0, 0}}]) end)),
    d(c(fun() -> binary:match(<<"abc">>, foo, [{scope, {1, 0}}]) end)),
    %% compile_pattern results
    {bm, _} = binary:compile_pattern(<<"a">>),
    {bm, _} = binary:compile_pattern([<<"a">>]),
    {ac, _} = binary:compile_pattern([<<"a">>, <<"b">>]),
    {ac, _} = binary:compile_pattern([<<"a">>, <<"a">>]),
    [d(c(fun() -> binary:compile_pattern(P) end)) ||
        P <- [<<>>, [], [<<>>], [<<"a">>, <<>>], foo, [<<"a">> | <<"b">>], [a], <<1:7>>,
              [<<"a">>, <<1:9>>], "ab"]],
    %% bad arguments
    [d(c(F)) || F <- [fun() -> binary:match(foo, <<"a">>) end,
                      fun() -> binary:match(<<1:7>>, <<"a">>) end,
                      fun() -> binary:match(<<"abc">>, <<>>) end,
                      fun() -> binary:match(<<"abc">>, []) end,
                      fun() -> binary:match(<<"abc">>, {bm, <<>>}) end,
                      fun() -> binary:match(<<"abc">>, {bm, foo}) end,
                      fun() -> binary:match(<<"abc">>, {xx, 1, 2}) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, foo) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [foo]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [global]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {0, 4}}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {4, -1}}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {1, -2}}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {-1, 1}}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {0, 1.0}}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, 0, 1}]) end,
                      fun() -> binary:match(<<"abc">>, <<"a">>, [{scope, {0, 1 bsl 64}}]) end,
                      fun() -> binary:matches(<<"abc">>, <<"a">>, [{scope, {3, -3}}, bad]) end,
                      fun() -> binary:matches(<<"abc">>, {ac, element(2, binary:compile_pattern(<<"a">>))}) end,
                      fun() -> binary:matches(<<"abc">>, {bm, element(2, binary:compile_pattern([<<"a">>, <<"b">>]))}) end]],
    ok.
