%% Top supervisor: two sub-supervisors, one_for_one.
-module(sdemo_top_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => one_for_one, intensity => 3, period => 10},
    Children = [#{id => sdemo_worker_sup, start => {sdemo_worker_sup, start_link, []},
                  type => supervisor},
                #{id => sdemo_store_sup, start => {sdemo_store_sup, start_link, []},
                  type => supervisor}],
    {ok, {Flags, Children}}.
