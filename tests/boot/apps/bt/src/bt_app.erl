-module(bt_app).
-behaviour(application).
-export([start/2, stop/1]).
start(_Type, _Args) -> bt_sup:start_link().
stop(_State) -> io:format("bt stopped~n"), ok.
