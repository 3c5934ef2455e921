-module(bif_counters).
-export([main/0]).

%% counters: both kinds (atomics and write_concurrency), every operation,
%% badarg and badopt like erl.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    [check(Opts) || Opts <- [[], [atomics], [write_concurrency]]],
    erlang:display(counters:info(counters:new(1, []))),
    erlang:display(counters:info(counters:new(17, [atomics]))),
    Bad = [fun() -> counters:new(0, []) end, fun() -> counters:new(1, [bad]) end,
           fun() -> counters:new(1, [atomics, write_concurrency]) end,
           fun() -> counters:new(-1, [write_concurrency]) end,
           fun() -> counters:new(a, [write_concurrency]) end,
           fun() -> counters:get(x, 1) end, fun() -> counters:get({atomics, make_ref()}, 1) end,
           fun() -> counters:add({write_concurrency, make_ref()}, 1, 1) end,
           fun() -> counters:info({foo, make_ref()}) end],
    erlang:display([t(F) || F <- Bad]),
    ok.

check(Opts) ->
    C = counters:new(3, Opts),
    Max = (1 bsl 63) - 1, Min = -(1 bsl 63),
    erlang:display([element(1, C), [counters:get(C, I) || I <- [1, 2, 3]],
                    counters:add(C, 1, 5), counters:sub(C, 1, 2), counters:get(C, 1),
                    counters:put(C, 2, -7), counters:add(C, 2, 3), counters:get(C, 2),
                    counters:put(C, 3, Max), counters:add(C, 3, 1), counters:get(C, 3),
                    counters:sub(C, 3, 1), counters:get(C, 3), counters:add(C, 3, (1 bsl 64) - 1),
                    counters:get(C, 3)]),
    erlang:display([t(fun() -> counters:get(C, 0) end), t(fun() -> counters:get(C, 4) end),
                    t(fun() -> counters:add(C, 1, Max + 1 + (1 bsl 63)) end),
                    t(fun() -> counters:add(C, 1, Min - 1) end), t(fun() -> counters:put(C, 1, Max + 1) end),
                    t(fun() -> counters:put(C, 1, x) end), t(fun() -> counters:sub(C, 1, x) end),
                    t(fun() -> counters:sub(C, 1, Min) end), counters:get(C, 1),
                    t(fun() -> counters:add(C, a, 1) end)]),
    Self = self(),
    Pids = [spawn(fun() -> [counters:add(C, 1, 1) || _ <- lists:seq(1, 500)], Self ! {done, self()} end)
            || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Pids],
    erlang:display(counters:get(C, 1)).
