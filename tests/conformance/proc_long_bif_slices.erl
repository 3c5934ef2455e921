-module(proc_long_bif_slices).
-export([main/0]).

%% One call of a BIF over megabytes does not hold the scheduler: ERTS traps
%% (continues the BIF in later time slices), so a ticker process keeps
%% running *during* the call. The ticker yields after each tick; each line
%% shows whether it ticked many times during one call (erl: on another
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

one_call(Ticker, Name, F) ->
    Ticker ! {count, self()},
    receive {ticks, _} -> ok end,
    R = F(),
    Ticker ! {count, self()},
    receive
        {ticks, T} -> d({Name, T >= 20, R})
    end.

main() ->
    Big = binary:copy(<<"abcdefghi\n">>, 1000000),
    Ticker = spawn(fun() -> ticker(0) end),
    one_call(Ticker, split_global, fun() -> length(binary:split(Big, <<"\n">>, [global])) end),
    one_call(Ticker, split_trim_all, fun() -> length(binary:split(Big, <<"i\n">>, [global, trim_all])) end),
    one_call(Ticker, matches, fun() -> length(binary:matches(Big, <<"e">>)) end),
    P = binary:compile_pattern(<<"fg">>),
    one_call(Ticker, matches_compiled, fun() -> length(binary:matches(Big, P, [{scope, {5, 9000000}}])) end),
    exit(Ticker, kill),
    ok.
