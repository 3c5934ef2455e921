-module(bif_match_spec_test).
-export([main/0]).

d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.

%% erlang:match_spec_test/3 (ets:test_ms/2), table and trace dialects.
main() ->
    Cases = [{{a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}], table},
             {{a, 1}, [{{'$1', '$2'}, [{'>', '$2', 5}], ['$1']}], table},
             {a, [{'_', [], ['$_']}], table},
             {{a, [b]}, [{{'_', ['$1' | '_']}, [], ['$$', '$1']}], table},
             {{a}, [{'_', [], ['$3']}], table},
             {{a}, [{'_', [], [{foo}]}], table},
             {{a}, [{'_', [], [{element, 1, '$_', x}]}], table},
             {{a}, [x], table},
             {{a}, x, table},
             {{a, b}, [{{'$1', '_'}, [], [{message, '$1'}]}], table},
             {[1, 2], [{['$1', '_'], [], ['$1']}], trace},
             {[1, 2], [{['$1', '_'], [], [{message, '$1'}]}], trace},
             {[1, 2], [{['$1', '_'], [{'>', '$1', 5}], []}], trace},
             {[1, 2], [{'_', [], []}], trace},
             {[1, 2], [{['$1', '_'], [], [{return_trace}]}], trace},
             {[1, 2], [{['$1', '_'], [], [{message, false}]}], trace}],
    [d(erlang:match_spec_test(T, M, K)) || {T, M, K} <- Cases],
    d(e(fun() -> erlang:match_spec_test({a}, [{'_', [], ['$_']}], foo) end)),
    d(ets:test_ms({k, 3}, [{{'$1', '$2'}, [{is_integer, '$2'}], [{'*', '$2', 2}]}])),
    d(ets:test_ms({k, 3}, [{{'$1', '$2'}, [{is_integer, '$9'}], [{'*', '$2', 2}]}])),
    ok.
