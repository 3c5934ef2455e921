%% A store and a cache that depends on it, rest_for_one: when the store
%% crashes, the cache started after it is restarted too.
-module(sdemo_store_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, ?MODULE}, ?MODULE, []).

init([]) ->
    Flags = #{strategy => rest_for_one, intensity => 5, period => 10},
    {ok, {Flags, [#{id => store, start => {sdemo_worker, start_link, [store]}},
                  #{id => cache, start => {sdemo_worker, start_link, [cache]}}]}}.
