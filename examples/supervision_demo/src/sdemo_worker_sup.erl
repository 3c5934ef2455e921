%% Counters, one_for_one: a crashing counter is restarted alone. The names
%% come from the application environment.
-module(sdemo_worker_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    {ok, Names} = application:get_env(sdemo, workers),
    Flags = #{strategy => one_for_one, intensity => 5, period => 10},
    {ok, {Flags, [#{id => N, start => {sdemo_worker, start_link, [N]}} || N <- Names]}}.
