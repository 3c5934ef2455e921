%% A registered gen_server holding a counter.
-module(sdemo_worker).
-behaviour(gen_server).
-export([start_link/1, bump/1, value/1, crash/1]).
-export([init/1, handle_call/3, handle_cast/2]).

start_link(Name) -> gen_server:start_link({local, Name}, ?MODULE, Name, []).

bump(Name) -> gen_server:call(Name, bump).
value(Name) -> gen_server:call(Name, value).
crash(Name) -> gen_server:cast(Name, crash).

init(Name) -> {ok, #{name => Name, count => 0}}.

handle_call(bump, _From, S = #{count := N}) -> {reply, N + 1, S#{count := N + 1}};
handle_call(value, _From, S = #{count := N}) -> {reply, N, S}.

handle_cast(crash, #{name := Name}) -> erlang:error({crashed, Name}).
