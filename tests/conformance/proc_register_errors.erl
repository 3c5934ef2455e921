-module(proc_register_errors).
-export([main/0]).
%% Bad uses of register/unregister/whereis and sends to unknown names.
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main() ->
    P = spawn(fun() -> receive _ -> ok end end),
    Dead = spawn(fun() -> ok end),
    receive after 20 -> ok end,
    register(taken, P),
    erlang:display(t(fun() -> register(taken, self()) end)),
    erlang:display(t(fun() -> register(other, P) end)),
    erlang:display(t(fun() -> register(undefined, self()) end)),
    erlang:display(t(fun() -> register("str", self()) end)),
    erlang:display(t(fun() -> register(dead_name, Dead) end)),
    erlang:display(t(fun() -> register(ok_name, 42) end)),
    erlang:display(t(fun() -> unregister(not_registered) end)),
    erlang:display(t(fun() -> unregister(42) end)),
    erlang:display(t(fun() -> whereis(42) end)),
    erlang:display(t(fun() -> not_registered ! msg end)),
    erlang:display(t(fun() -> erlang:send(not_registered, msg) end)),
    erlang:display(t(fun() -> {not_registered, node()} ! msg end)),
    erlang:display(t(fun() -> {not_registered, 'other@host'} ! msg end)),
    erlang:display(t(fun() -> 42 ! msg end)),
    erlang:display(t(fun() -> {a, b, c} ! msg end)),
    erlang:display(t(fun() -> {"a", node()} ! msg end)),
    erlang:display(t(fun() -> Dead ! msg end)),
    erlang:display(t(fun() -> register(self_name, self()) end)),
    erlang:display(t(fun() -> register(self_name2, self()) end)),
    erlang:display(unregister(taken)),
    erlang:display(t(fun() -> register(taken, self()) end)),
    exit(P, kill),
    ok.
