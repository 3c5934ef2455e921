-module(proc_link_chain).
-export([main/0]).
%% An exit reason travels along a chain of links; every process in the chain
%% dies with the same reason, seen by monitors.
main() ->
    [chain(Reason) || Reason <- [boom, {shutdown, x}, kill, normal]],
    ok.
chain(Reason) ->
    Self = self(),
    Last = spawn(fun() -> build(4, Self) end),
    Pids = receive {chain, Ps} -> Ps end,
    Ms = [{monitor(process, P), P} || P <- Pids],
    Last ! {die, Reason},
    Downs = [receive {'DOWN', _, process, P, R} -> R after 200 -> alive end || {_, P} <- Ms],
    erlang:display({Reason, Downs}),
    [exit(P, kill) || {_, P} <- Ms],
    flush().
build(0, Parent) ->
    Parent ! {chain, [self()]},
    loop();
build(N, Parent) ->
    Me = self(),
    spawn_link(fun() -> build(N - 1, Me) end),
    receive {chain, Ps} -> Parent ! {chain, [self() | Ps]} end,
    loop().
loop() ->
    receive {die, R} -> exit(R) end.
flush() -> receive _ -> flush() after 0 -> ok end.
