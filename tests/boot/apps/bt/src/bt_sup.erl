-module(bt_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, bt_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 2, period => 10},
          [#{id => bt_worker, start => {bt_worker, start_link, []}}]}}.
