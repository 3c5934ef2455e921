-module(erlc_ok).
-export([f/1]).
f(X) -> {ok, lists:reverse(X)}.
