-module(proc_long_bif_ticker).
-export([main/0]).

%% BIFs working on long inputs charge reductions (ERTS bumps reductions or
%% traps): while one process calls such a BIF over and over on a large
%% input, a ticker process still gets scheduled. The ticker yields after
%% each tick, so on one scheduler it ticks about once each time the caller
%% gives way; each line shows whether it ticked at least once per call
%% during a batch of calls of one BIF (erl runs it on another scheduler).

d(X) -> erlang:display(X).

ticker(N) ->
    receive
        {count, From} ->
            From ! {ticks, N},
            ticker(0)
    after 0 ->
            erlang:yield(),
            ticker(N + 1)
    end.

batch(Ticker, Name, Calls, F) ->
    Ticker ! {count, self()},
    receive {ticks, _} -> ok end,
    [F() || _ <- lists:seq(1, Calls)],
    Ticker ! {count, self()},
    receive
        {ticks, T} -> d({Name, T >= Calls})
    end.

main() ->
    Big = binary:copy(<<"abcdefghij">>, 1000000),
    Text = binary:copy(<<"h\303\244llo w\303\266rld "/utf8>>, 20000),
    Chars = lists:append(lists:duplicate(20000, [104, 228, 108, 108, 111, 32, 8364, 32])),
    Bytes = binary_to_list(binary:part(Big, 0, 500000)),
    Long = lists:seq(1, 300000),
    Pairs = [{K, K} || K <- lists:seq(1, 200000)],
    Term = [{K, integer_to_binary(K), [K, K + 1.5]} || K <- lists:seq(1, 50000)],
    Encoded = term_to_binary(Term),
    Ticker = spawn(fun() -> ticker(0) end),
    Batches =
        [{binary_match, fun() -> nomatch = binary:match(Big, <<"zz">>) end},
         {binary_matches, fun() -> [] = binary:matches(Big, [<<"zz">>, <<"jb">>]) end},
         {binary_split, fun() -> [_] = binary:split(Big, <<"zz">>) end},
         {re_run, fun() -> nomatch = re:run(Big, <<"z+y">>) end},
         {characters_to_binary, fun() -> unicode:characters_to_binary(Chars) end},
         {characters_to_list, fun() -> unicode:characters_to_list(Text) end},
         {list_to_binary, fun() -> list_to_binary(Bytes) end},
         {iolist_to_binary, fun() -> iolist_to_binary([Bytes, Bytes]) end},
         {iolist_size, fun() -> iolist_size([Bytes, Bytes]) end},
         {binary_to_list, fun() -> binary_to_list(Big, 1, 200000) end},
         {term_to_binary, fun() -> term_to_binary(Term) end},
         {binary_to_term, fun() -> binary_to_term(Encoded) end},
         {lists_reverse, fun() -> lists:reverse(Long) end},
         {lists_keyfind, fun() -> false = lists:keyfind(0, 1, Pairs) end},
         {lists_member, fun() -> false = lists:member(0, Long) end},
         {append, fun() -> Long ++ [x] end}],
    [batch(Ticker, Name, 5, F) || {Name, F} <- Batches],
    exit(Ticker, kill),
    ok.
