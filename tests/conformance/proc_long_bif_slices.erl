-module(proc_long_bif_slices).
-export([main/0]).

%% One call of a BIF over megabytes does not hold the scheduler: ERTS traps
%% (continues the BIF in later time slices), so a ticker process keeps
%% running *during* the call. The ticker yields after each tick; each line
%% shows whether it ticked at least 10 times during one call (erl: on another
%% scheduler or between the BIF's slices; OpenBEAM: between the slices of
%% the trapping BIF). A BIF that only charged its reductions after
%% finishing would let it tick once or twice.

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

one_call(Ticker, Name, F) -> one_call(Ticker, Name, F, fun length/1).

one_call(Ticker, Name, F, Summary) ->
    Ticker ! {count, self()},
    receive {ticks, _} -> ok end,
    R = F(),
    Ticker ! {count, self()},
    receive
        {ticks, T} -> d({Name, T >= 10, Summary(R)})
    end.

main() ->
    Big = binary:copy(<<"abcdefghi\n">>, 300000),
    Ticker = spawn(fun() -> ticker(0) end),
    one_call(Ticker, split_global, fun() -> binary:split(Big, <<"\n">>, [global]) end),
    one_call(Ticker, split_trim_all, fun() -> binary:split(Big, <<"i\n">>, [global, trim_all]) end),
    one_call(Ticker, matches, fun() -> binary:matches(Big, <<"e">>) end),
    P = binary:compile_pattern(<<"fg">>),
    one_call(Ticker, matches_compiled, fun() -> binary:matches(Big, P, [{scope, {5, 2900000}}]) end),
    Text = binary:copy(<<"h\x{e4}llo w\x{f6}rld \x{20ac} \x{1f600} "/utf8>>, 100000),
    one_call(Ticker, characters_to_list, fun() -> unicode:characters_to_list(Text) end,
             fun(L) -> {length(L), erlang:phash2(L), lists:sublist(L, 20), lists:nthtail(length(L) - 5, L)} end),
    exit(Ticker, kill),
    ok.
