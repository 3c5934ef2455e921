-module(erlc_syntax).
-export([f/1]).
f(X) -> {ok, X.
g() -> undefined_fun().
