-module(bif_match_spec_test2).
-export([main/0]).
%% erlang:match_spec_test/3 for table and trace specs.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R -> {C, R} end.
main() ->
    T = [{{'$1', '$2'}, [{'>', '$1', '$2'}], [{{'$2', '$1'}}]}],
    d(e(fun() -> erlang:match_spec_test({3, 2}, T, table) end)),
    d(e(fun() -> erlang:match_spec_test({1, 2}, T, table) end)),
    d(e(fun() -> erlang:match_spec_test(notuple, T, table) end)),
    d(e(fun() -> erlang:match_spec_test({a, b}, [{{'$1', '_'}, [], ['$_', '$$', '$1']}], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [{'_', [], [{badfun}]}], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [{'_', [], ['$1']}], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [{'_', [a], [true]}], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [bad], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, notlist, table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [{'_', [], [{message, hello}]}], table) end)),
    d(e(fun() -> erlang:match_spec_test([1, 2], [{['$1', '$2'], [], [{message, {'+', '$1', '$2'}}]}], trace) end)),
    d(e(fun() -> erlang:match_spec_test([1, 2], [{'_', [], [{return_trace}]}], trace) end)),
    d(e(fun() -> erlang:match_spec_test([1, 2], [{'_', [], [{exception_trace}, {message, false}]}], trace) end)),
    d(e(fun() -> erlang:match_spec_test([1], [{['$1'], [{'>', '$1', 5}], [true]}], trace) end)),
    d(e(fun() -> erlang:match_spec_test(notlist, [{'_', [], [true]}], trace) end)),
    d(e(fun() -> erlang:match_spec_test([a], [{'$1', [], ['$1']}], trace) end)),
    d(e(fun() -> erlang:match_spec_test([a], [{['$1'], [], [{element, 2, {{'$1', '$1'}}}]}], table) end)),
    d(e(fun() -> erlang:match_spec_test(x, [], bogus) end)),
    d(e(fun() -> erlang:match_spec_test(x, [], table) end)),
    d(e(fun() -> erlang:match_spec_test({1}, [{{'$1'}, [{'andalso', {is_integer, '$1'}, {'>', '$1', 0}}], [{'orelse', false, '$1'}]}], table) end)),
    ok.
