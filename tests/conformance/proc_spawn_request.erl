%% spawn_request/1..5 and spawn_request_abandon/1 on the local node: reply
%% messages and their tags, reply modes, the request id as monitor reference,
%% link and monitor order, bad options (error reply) and bad arguments.
-module(proc_spawn_request).
-export([main/0, child/1]).
child(X) -> X.
flush() -> receive M -> [M | flush()] after 50 -> [] end.
norm(L, R) -> [norm1(M, R) || M <- L].
norm1(M, R) when is_tuple(M) -> list_to_tuple([norm1(E, R) || E <- tuple_to_list(M)]);
norm1(R, R) -> reqid;
norm1(P, _) when is_pid(P) -> pid;
norm1(X, _) -> X.
main() ->
    R1 = spawn_request(proc_spawn_request, child, [ok]),
    erlang:display({r1, is_reference(R1), norm(flush(), R1)}),
    R2 = spawn_request(proc_spawn_request, child, [ok], [monitor]),
    erlang:display({r2, norm(flush(), R2)}),
    process_flag(trap_exit, true),
    R3 = spawn_request(proc_spawn_request, child, [ok], [link, {reply_tag, my_tag}]),
    erlang:display({r3, norm(flush(), R3)}),
    R4 = spawn_request(proc_spawn_request, child, [ok], [{reply, no}, monitor]),
    erlang:display({r4, norm(flush(), R4)}),
    R5 = spawn_request(proc_spawn_request, child, [ok], [{reply, error_only}]),
    erlang:display({r5, norm(flush(), R5)}),
    R6 = spawn_request(proc_spawn_request, child, [ok], [bad_option]),
    erlang:display({r6, norm(flush(), R6)}),
    R7 = spawn_request(proc_spawn_request, child, [ok], [monitor, link]),
    A7 = spawn_request_abandon(R7),
    erlang:display({r7, A7, norm(flush(), R7)}),
    R8 = spawn_request(fun() -> exit(die) end),
    erlang:display({r8, norm(flush(), R8)}),
    erlang:display({abandon_other, spawn_request_abandon(make_ref())}),
    erlang:display(catch spawn_request_abandon(x)),
    erlang:display(catch spawn_request(proc_spawn_request, child, [], notalist)),
    erlang:display(catch spawn_request(1, child, [], [])),
    erlang:display(catch spawn_request(x)),
    R9 = spawn_request(node(), proc_spawn_request, child, [ok], [monitor]),
    erlang:display({r9, norm(flush(), R9)}),
    R10 = spawn_request(proc_spawn_request, child, [ok], [{reply, success_only}, {priority, bad}]),
    erlang:display({r10, norm(flush(), R10)}),
    R11 = spawn_request(proc_spawn_request, child, [ok], [{reply, error_only}, {priority, bad}]),
    erlang:display({r11, norm(flush(), R11)}),
    R12 = spawn_request(proc_spawn_request, child, [ok], [{monitor, [{tag, mytag}]}]),
    erlang:display({r12, norm(flush(), R12)}),
    P = spawn_request(fun() -> receive after infinity -> ok end end, [{reply_tag, t}]),
    receive {t, P, ok, Pid} -> erlang:display(process_info(Pid, initial_call)), exit(Pid, kill) end,
    ok.
