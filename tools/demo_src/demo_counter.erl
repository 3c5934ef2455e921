%% The demo's workers: stock gen_servers (see demo_sup.erl).
-module(demo_counter).
-behaviour(gen_server).
-export([start_link/0, start_squarer/0, bump/0, square/1, crash/0]).
-export([init/1, handle_call/3, handle_cast/2]).

start_link() -> gen_server:start_link({local, demo_counter}, ?MODULE, counter, []).
start_squarer() -> gen_server:start_link({local, demo_squarer}, ?MODULE, squarer, []).

bump() -> gen_server:call(demo_counter, bump).
square(N) -> gen_server:call(demo_squarer, {square, N}).
crash() -> gen_server:call(demo_counter, {divide, 0}).

init(counter) -> {ok, 0};
init(squarer) -> {ok, none}.

handle_call(bump, _From, N) -> {reply, N + 1, N + 1};
handle_call({square, X}, _From, S) -> {reply, X * X, S};
handle_call({divide, D}, _From, N) -> {reply, N div D, N}.

handle_cast(_Msg, S) -> {noreply, S}.
