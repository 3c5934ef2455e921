-module(proc_ets_access).
-export([main/0]).
%% protected and private tables seen from another process: erl's badarg
%% with error_info (cause access).
d(X) -> erlang:display(X).
e(F) -> try F() of R when is_reference(R) -> ref; R -> R catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
ops(T) ->
    [fun() -> ets:lookup(T, a) end,
     fun() -> ets:member(T, a) end,
     fun() -> ets:insert(T, {b, 2}) end,
     fun() -> ets:insert_new(T, {c, 3}) end,
     fun() -> ets:delete(T, a) end,
     fun() -> ets:delete_object(T, {a, 1}) end,
     fun() -> ets:update_counter(T, a, 1) end,
     fun() -> ets:update_element(T, a, {2, 5}) end,
     fun() -> ets:lookup_element(T, a, 2) end,
     fun() -> ets:take(T, a) end,
     fun() -> ets:first(T) end,
     fun() -> ets:next(T, a) end,
     fun() -> ets:slot(T, 0) end,
     fun() -> ets:match(T, '$1') end,
     fun() -> ets:select(T, [{'_', [], [true]}]) end,
     fun() -> ets:select_count(T, [{'_', [], [true]}]) end,
     fun() -> ets:select_delete(T, [{'_', [], [false]}]) end,
     fun() -> ets:select_replace(T, [{'$1', [], ['$1']}]) end,
     fun() -> ets:tab2list(T) end,
     fun() -> ets:delete_all_objects(T) end,
     fun() -> ets:setopts(T, [{heir, none}]) end,
     fun() -> ets:rename(T, renamed) end,
     fun() -> ets:safe_fixtable(T, true) end,
     fun() -> ets:delete(T) end,
     fun() -> ets:info(T, size) end].
main() ->
    Self = self(),
    lists:foreach(fun(Access) ->
        T = ets:new(acc, [Access]),
        ets:insert(T, {a, 1}),
        spawn(fun() -> Self ! {res, [e(F) || F <- ops(T)]} end),
        receive {res, R} -> d({Access, R}) end,
        d({Access, ets:info(T, size), e(fun() -> ets:lookup(T, a) end)})
    end, [public, protected, private]),
    ok.
