-module(proc_timer_errors).
-export([main/0]).
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main() ->
    Self = self(),
    erlang:display(t(fun() -> erlang:send_after(-1, Self, m) end)),
    erlang:display(t(fun() -> erlang:send_after(foo, Self, m) end)),
    erlang:display(t(fun() -> erlang:send_after(1.0, Self, m) end)),
    erlang:display(t(fun() -> erlang:send_after(10, 42, m) end)),
    erlang:display(t(fun() -> erlang:send_after(10, {a, b}, m) end)),
    erlang:display(t(fun() -> erlang:start_timer(-5, Self, m) end)),
    erlang:display(t(fun() -> erlang:start_timer(10, "x", m) end)),
    erlang:display(t(fun() -> erlang:send_after(10, Self, m, [{abs, maybe}]) end)),
    erlang:display(t(fun() -> erlang:send_after(10, Self, m, [bad]) end)),
    erlang:display(t(fun() -> erlang:send_after(10, Self, m, notalist) end)),
    erlang:display(t(fun() -> erlang:send_after(16#100000000000, Self, m) end)),
    erlang:display(t(fun() -> erlang:cancel_timer(1) end)),
    erlang:display(t(fun() -> erlang:cancel_timer(monitor(process, Self), [bad]) end)),
    erlang:display(t(fun() -> erlang:read_timer(1) end)),
    erlang:display(process_info(self(), message_queue_len)),
    ok.
