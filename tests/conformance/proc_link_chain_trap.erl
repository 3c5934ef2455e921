-module(proc_link_chain_trap).
-export([main/0]).
%% A trapping process in the middle of a chain A - B - C stops the
%% propagation and receives the exit as a message. A exits by itself with
%% Reason, or is killed (then B sees killed).
main() ->
    Self = self(),
    [run(Self, How) || How <- [{self, boom}, {self, kill}, {self, normal}, {killed, kill}, {other, custom}]],
    ok.
run(Self, {How, Reason}) ->
    B = spawn(fun() ->
                      process_flag(trap_exit, true),
                      Self ! b_ready,
                      receive {'EXIT', From, R} -> Self ! {b_got, From, R} end,
                      receive stop -> ok end
              end),
    receive b_ready -> ok end,
    C = spawn(fun() -> link(B), Self ! c_ready, receive stop -> ok end end),
    receive c_ready -> ok end,
    A = spawn(fun() -> link(B), Self ! a_ready, receive {go, R} -> exit(R); wait -> receive after infinity -> ok end end end),
    receive a_ready -> ok end,
    monitor(process, A), monitor(process, B), monitor(process, C),
    case How of
        self -> A ! {go, Reason};
        killed -> exit(A, Reason);
        other -> exit(A, Reason)
    end,
    receive {b_got, From, R} -> erlang:display({How, Reason, b_got, From =:= A, R}) after 200 -> erlang:display(b_nothing) end,
    erlang:display({b_alive, is_process_alive(B), c_alive, is_process_alive(C)}),
    B ! stop, C ! stop,
    [receive {'DOWN', _, process, P, W} -> erlang:display({down, N, W}) end || {N, P} <- [{a, A}, {b, B}, {c, C}]],
    ok.
