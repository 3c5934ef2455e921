-module(b_fib).
-export([main/0]).
fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
main() -> erlang:display(fib(30)).
