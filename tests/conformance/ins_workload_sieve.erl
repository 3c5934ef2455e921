-module(ins_workload_sieve).
-export([main/0]).

sieve([]) -> [];
sieve([P | Xs]) -> [P | sieve([X || X <- Xs, X rem P =/= 0])].

primes_tuple(N) ->
    T0 = erlang:make_tuple(N, true),
    T = mark(2, N, T0),
    [I || I <- lists:seq(2, N), element(I, T)].

mark(I, N, T) when I * I > N -> T;
mark(I, N, T) ->
    case element(I, T) of
        true -> mark(I + 1, N, strike(I * I, I, N, T));
        false -> mark(I + 1, N, T)
    end.

strike(J, _, N, T) when J > N -> T;
strike(J, I, N, T) -> strike(J + I, I, N, setelement(J, T, false)).

main() ->
    P = sieve(lists:seq(2, 5000)),
    erlang:display({length(P), lists:last(P), lists:sum(P)}),
    Q = primes_tuple(20000),
    erlang:display({length(Q), lists:last(Q), lists:sublist(Q, 10)}),
    erlang:display(lists:sublist(P, 20) =:= lists:sublist(Q, 20)),
    ok.
