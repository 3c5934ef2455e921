-module(bif_ets_ms_compile_run).
-export([main/0]).
%% ets:match_spec_compile/1, match_spec_run/2, is_compiled_ms/1.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    Objs = [{a, 1}, {b, 2}, {c, 3}, x, {d, 4, 5}, {e, -1}],
    Specs = [[{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}],
             [{'_', [], ['$_']}],
             [{{'$1', '_'}, [], ['$$']}, {'$1', [], [other]}],
             [{{'_', '$1'}, [{is_integer, '$1'}, {'<', '$1', 0}], [{'-', '$1'}]}],
             [{{'$1', '$2'}, [], [{const, {'$1', '$2'}}]}],
             [{{'$1', '$2'}, [], [['$1', '$2'], #{k => '$2'}]}],
             [{'$1', [{is_tuple, '$1'}, {'==', {size, '$1'}, 3}], [{element, 3, '$1'}]}]],
    lists:foreach(fun(S) ->
        C = ets:match_spec_compile(S),
        d({ets:is_compiled_ms(C), ets:match_spec_run(Objs, C)})
    end, Specs),
    d(ets:is_compiled_ms(make_ref())),
    d(ets:is_compiled_ms(foo)),
    d(e(fun() -> ets:match_spec_compile([{'_', [], [{nofun, 1}]}]) end)),
    d(e(fun() -> ets:match_spec_compile(notalist) end)),
    d(e(fun() -> ets:match_spec_compile([{a, b}]) end)),
    d(e(fun() -> ets:match_spec_compile([{'$1', [], ['$2']}]) end)),
    d(e(fun() -> ets:match_spec_run([a], make_ref()) end)),
    d(e(fun() -> ets:match_spec_run(notalist, ets:match_spec_compile([{'_', [], [true]}])) end)),
    d(ets:match_spec_run([], ets:match_spec_compile([{'_', [], [true]}]))),
    C2 = ets:match_spec_compile([{'$1', [], [{'div', 10, '$1'}]}]),
    d(ets:match_spec_run([1, 2, 0, 5, a], C2)),
    ok.
