-module(proc_gen_statem).
-behaviour(gen_statem).
-export([main/0, init/1, callback_mode/0, locked/3, open/3, terminate/3]).
%% A stock gen_statem (state_functions): a code lock with a state timeout,
%% postponed events and calls.
callback_mode() -> state_functions.
init(Code) -> {ok, locked, {Code, []}}.
locked(cast, {button, D}, {Code, Acc}) ->
    case Acc ++ [D] of
        Code -> {next_state, open, {Code, []}, [{state_timeout, 30, lock}]};
        New when length(New) < length(Code) -> {keep_state, {Code, New}};
        _ -> {keep_state, {Code, []}}
    end;
locked({call, From}, state, Data) -> {keep_state, Data, [{reply, From, locked}]};
locked(cast, postponed, _) -> {keep_state_and_data, [postpone]}.
open(state_timeout, lock, Data) -> erlang:display(relocking), {next_state, locked, Data};
open({call, From}, state, Data) -> {keep_state, Data, [{reply, From, open}]};
open(cast, postponed, _) -> erlang:display(postponed_handled_in_open), keep_state_and_data;
open(cast, {button, _}, _) -> keep_state_and_data.
terminate(Reason, State, _) -> erlang:display({terminate, Reason, State}).
main() ->
    {ok, P} = gen_statem:start(?MODULE, [1, 2, 3], []),
    erlang:display(gen_statem:call(P, state)),
    gen_statem:cast(P, postponed),
    [gen_statem:cast(P, {button, D}) || D <- [1, 2, 3]],
    erlang:display(gen_statem:call(P, state)),
    receive after 100 -> ok end,
    erlang:display(gen_statem:call(P, state)),
    erlang:display(gen_statem:stop(P)),
    erlang:display(case catch gen_statem:call(P, state) of {'EXIT', {R, {gen_statem, call, [P, state, infinity]}}} -> {exit, R}; O -> O end),
    ok.
