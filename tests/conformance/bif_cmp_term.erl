-module(bif_cmp_term).
-export([main/0]).

%% erts_internal:cmp_term/2 (the exact term order, used by the compiler's
%% v3_kernel to sort map patterns) and a map pattern with several atom keys
%% that needs it at compile time.
main() ->
    Ts = [1, 2, 1.0, 2.0, -1, 1 bsl 70, a, b, {a}, {a, b}, [], [a], <<"x">>,
          #{a => 1}, #{1 => a}, #{1.0 => a}, "ab", make_ref(), self()],
    erlang:display([erts_internal:cmp_term(A, B) || A <- Ts, B <- Ts,
                    not is_reference(A), not is_reference(B)]),
    erlang:display(erts_internal:cmp_term(1, 1.0)),
    erlang:display(erts_internal:cmp_term(1.0, 1)),
    erlang:display(erts_internal:cmp_term(0.0, -0.0)),
    erlang:display(erts_internal:cmp_term(#{1 => a}, #{1.0 => a})),
    erlang:display(erts_internal:cmp_term([1 | 2], [1.0 | 2])),
    erlang:display(lists:sort(fun(A, B) -> erts_internal:cmp_term(A, B) =< 0 end,
                              [2.0, 1, {x}, 1.0, b, a, 2])),
    Forms = [{attribute, 1, module, cmp_term_m},
             {attribute, 2, export, [{f, 1}]},
             {function, 3, f, 1,
              [{clause, 3, [{map, 3, [{map_field_exact, 3, {atom, 3, zeta}, {var, 3, 'Z'}},
                                      {map_field_exact, 3, {atom, 3, alpha}, {var, 3, 'A'}}]}],
                [], [{tuple, 3, [{var, 3, 'A'}, {var, 3, 'Z'}]}]},
               {clause, 4, [{var, 4, '_'}], [], [{atom, 4, none}]}]}],
    case catch compile:forms(Forms, [binary, return]) of
        {ok, cmp_term_m, Bin, _} ->
            {module, cmp_term_m} = erlang:load_module(cmp_term_m, Bin),
            erlang:display(cmp_term_m:f(#{alpha => 1, zeta => 2})),
            erlang:display(cmp_term_m:f(#{alpha => 1}));
        Other ->
            erlang:display({compile_failed, element(1, Other)})
    end.
