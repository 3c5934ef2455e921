-module(proc_ets_heir_chain).
-export([main/0]).
%% A table passed along a chain of heirs, each setting the next heir; the
%% last owner dies without heir and the table goes.
d(X) -> erlang:display(X).
link_proc(Parent, N) ->
    spawn(fun() ->
        receive {'ETS-TRANSFER', T, _From, Data} ->
            ets:insert(T, {N, Data}),
            Parent ! {got, N, Data, ets:info(T, size)},
            receive {next, Next} ->
                case Next of
                    none -> ets:setopts(T, {heir, none});
                    _ -> ets:setopts(T, {heir, Next, {from, N}})
                end
            end,
            Parent ! {set, N},
            receive die -> ok end
        end
    end).
main() ->
    Self = self(),
    Ps = [link_proc(Self, N) || N <- [1, 2, 3]],
    [P1, P2, P3] = Ps,
    T = ets:new(chain, [named_table, public, {heir, P1, {from, 0}}]),
    ets:insert(T, {0, start}),
    ets:give_away(T, P1, {from, main}),
    receive {got, 1, D1, S1} -> d({1, D1, S1}) end,
    P1 ! {next, P2}, receive {set, 1} -> ok end,
    P1 ! die,
    receive {got, 2, D2, S2} -> d({2, D2, S2}) end,
    P2 ! {next, P3}, receive {set, 2} -> ok end,
    P2 ! die,
    receive {got, 3, D3, S3} -> d({3, D3, S3}) end,
    d(lists:sort(ets:tab2list(chain))),
    P3 ! {next, none}, receive {set, 3} -> ok end,
    M = monitor(process, P3),
    P3 ! die,
    receive {'DOWN', M, _, _, _} -> ok end,
    d(ets:info(chain)),
    ok.
