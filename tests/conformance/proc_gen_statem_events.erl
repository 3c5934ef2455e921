-module(proc_gen_statem_events).
-behaviour(gen_statem).
-export([main/0, init/1, callback_mode/0, handle_event/4]).
%% handle_event_function mode with state_enter calls, next_event actions,
%% generic timeouts and event timeouts.
callback_mode() -> [handle_event_function, state_enter].
init(Pid) -> {ok, idle, Pid}.
handle_event(enter, Old, New, Pid) -> Pid ! {enter, Old, New}, keep_state_and_data;
handle_event(cast, go, idle, Pid) ->
    {next_state, busy, Pid, [{next_event, internal, step1}, {{timeout, gen}, 20, gen_fired}]};
handle_event(internal, step1, busy, Pid) -> Pid ! internal_step1, {keep_state_and_data, [{next_event, internal, step2}]};
handle_event(internal, step2, busy, Pid) -> Pid ! internal_step2, keep_state_and_data;
handle_event({timeout, gen}, gen_fired, busy, Pid) -> Pid ! gen_timeout, {next_state, waiting, Pid, [{timeout, 10, idle_too_long}]};
handle_event(timeout, idle_too_long, waiting, Pid) -> Pid ! event_timeout, {next_state, idle, Pid};
handle_event({call, From}, which, S, _) -> {keep_state_and_data, [{reply, From, S}]}.
main() ->
    {ok, P} = gen_statem:start_link(?MODULE, self(), []),
    gen_statem:cast(P, go),
    [receive M -> erlang:display(M) after 1000 -> erlang:display(missing) end || _ <- lists:seq(1, 8)],
    erlang:display(gen_statem:call(P, which)),
    unlink(P),
    gen_statem:stop(P),
    ok.
