-module(bif_atomics).
-export([main/0]).

%% atomics: every operation, signed and unsigned arrays, wrap-around and
%% badarg on bad input.

t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.

main() ->
    A = atomics:new(4, []),
    U = atomics:new(3, [{signed, false}]),
    erlang:display([is_reference(A), atomics:info(A), atomics:info(U)]),
    erlang:display(atomics:info(atomics:new(1000, [{signed, true}]))),
    erlang:display([atomics:get(A, I) || I <- [1, 2, 3, 4]]),
    erlang:display([atomics:put(A, 1, 42), atomics:get(A, 1), atomics:add(A, 1, 8), atomics:get(A, 1),
                    atomics:add_get(A, 1, -100), atomics:sub(A, 1, 1), atomics:get(A, 1),
                    atomics:sub_get(A, 1, 9), atomics:exchange(A, 1, 7), atomics:get(A, 1)]),
    erlang:display([atomics:compare_exchange(A, 2, 0, 5), atomics:get(A, 2),
                    atomics:compare_exchange(A, 2, 0, 9), atomics:get(A, 2)]),
    %% limits and wrap-around
    Max = (1 bsl 63) - 1, Min = -(1 bsl 63), UMax = (1 bsl 64) - 1,
    erlang:display([atomics:put(A, 3, Max), atomics:add_get(A, 3, 1), atomics:add_get(A, 3, -1),
                    atomics:put(A, 4, Min), atomics:sub_get(A, 4, 1), atomics:add_get(A, 4, UMax)]),
    erlang:display([atomics:put(U, 1, UMax), atomics:get(U, 1), atomics:add_get(U, 1, 1),
                    atomics:sub_get(U, 1, 1), atomics:add_get(U, 1, Min), atomics:exchange(U, 2, UMax),
                    atomics:compare_exchange(U, 2, UMax, 3), atomics:compare_exchange(U, 2, 0, 1)]),
    erlang:display([atomics:put(A, 1, 1 bsl 59), atomics:get(A, 1), atomics:add_get(A, 1, 1 bsl 59),
                    atomics:add_get(A, 1, -(1 bsl 61))]),
    %% bad input
    Bad = [fun() -> atomics:new(0, []) end, fun() -> atomics:new(-1, []) end,
           fun() -> atomics:new(a, []) end, fun() -> atomics:new(1, [bad]) end,
           fun() -> atomics:new(1, [{signed, maybe}]) end, fun() -> atomics:new(1, x) end,
           fun() -> atomics:new(1 bsl 62, []) end, fun() -> atomics:new(1 bsl 64, []) end,
           fun() -> atomics:get(A, 0) end, fun() -> atomics:get(A, 5) end,
           fun() -> atomics:get(A, id(a)) end, fun() -> atomics:get(make_ref(), 1) end,
           fun() -> atomics:get(id(x), 1) end, fun() -> atomics:put(A, 1, Max + 1) end,
           fun() -> atomics:put(A, 1, Min - 1) end, fun() -> atomics:put(U, 1, -1) end,
           fun() -> atomics:put(U, 1, UMax + 1) end, fun() -> atomics:put(A, 1, 1.0) end,
           fun() -> atomics:add(A, 1, UMax + 1) end, fun() -> atomics:add(A, 1, Min - 1) end,
           fun() -> atomics:add(A, 1, x) end, fun() -> atomics:add_get(U, 9, 1) end,
           fun() -> atomics:sub(A, 1, x) end, fun() -> atomics:sub_get(A, 1, Min - 1) end,
           fun() -> atomics:exchange(U, 1, -5) end, fun() -> atomics:compare_exchange(U, 1, -1, 0) end,
           fun() -> atomics:compare_exchange(A, 1, 0, Max + 1) end, fun() -> atomics:info(make_ref()) end,
           fun() -> atomics:info(element(2, binary:compile_pattern(<<"a">>))) end,
           fun() -> atomics:get(binary_to_term(term_to_binary(A)), 1) end,
           fun() -> atomics:get(element(2, counters:new(1, [write_concurrency])), 1) end],
    erlang:display([t(F) || F <- Bad]),
    %% shared between processes: all of them see the same cells
    Self = self(),
    C = atomics:new(1, []),
    Pids = [spawn(fun() -> [atomics:add(C, 1, 1) || _ <- lists:seq(1, 1000)], Self ! {done, self()} end)
            || _ <- lists:seq(1, 8)],
    [receive {done, P} -> ok end || P <- Pids],
    erlang:display(atomics:get(C, 1)),
    %% survives in ETS after the creator drops it
    T = ets:new(t, []),
    ets:insert(T, {a, atomics:new(2, [])}),
    erlang:garbage_collect(),
    [{a, A2}] = ets:lookup(T, a),
    atomics:put(A2, 2, 99),
    [{a, A3}] = ets:lookup(T, a),
    erlang:display([atomics:get(A3, 2), A2 =:= A3]),
    ok.
