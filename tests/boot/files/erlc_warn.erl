-module(erlc_warn).
-export([f/1]).
f(X) -> Y = 1, X.
unused() -> ok.
