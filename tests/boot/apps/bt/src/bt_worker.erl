-module(bt_worker).
-behaviour(gen_server).
-export([start_link/0, get/0, crash/0, init/1, handle_call/3, handle_cast/2]).
start_link() -> gen_server:start_link({local, bt_worker}, ?MODULE, [], []).
get() -> gen_server:call(bt_worker, get).
crash() -> gen_server:cast(bt_worker, crash).
init([]) -> {ok, application:get_env(bt, greeting, none)}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(crash, _S) -> erlang:error(crashed_on_purpose).
