-module(bif_unique_ref_props).
-export([main/0]).
%% erlang:unique_integer/0,1 and make_ref/0 properties.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
incr([_]) -> true;
incr([A, B | R]) -> A < B andalso incr([B | R]).
main() ->
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 1000)],
    d({lists:all(fun(X) -> X > 0 end, P), length(lists:usort(P))}),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 1000)],
    d(incr(M)),
    MP = [erlang:unique_integer([monotonic, positive]) || _ <- lists:seq(1, 1000)],
    d({incr(MP), lists:all(fun(X) -> X > 0 end, MP)}),
    U = [erlang:unique_integer() || _ <- lists:seq(1, 1000)],
    d({length(lists:usort(U)), lists:all(fun is_integer/1, U)}),
    Self = self(),
    [spawn(fun() -> Self ! {u, [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)]} end) || _ <- [1, 2, 3]],
    All = lists:append([receive {u, L} -> L end || _ <- [1, 2, 3]]),
    d(length(lists:usort(All))),
    d(e(fun() -> erlang:unique_integer([bogus]) end)),
    d(e(fun() -> erlang:unique_integer(positive) end)),
    d(e(fun() -> erlang:unique_integer([positive | x]) end)),
    d(erlang:unique_integer([]) =/= erlang:unique_integer([])),
    Rs = [make_ref() || _ <- lists:seq(1, 1000)],
    d({length(lists:usort(Rs)), lists:all(fun is_reference/1, Rs)}),
    R1 = make_ref(), R2 = make_ref(),
    d({R1 < R2, R1 =:= R1, R1 == R2, is_reference(R1), node(R1)}),
    d(R1 =:= binary_to_term(term_to_binary(R1))),
    d(R1 =:= list_to_ref(ref_to_list(R1))),
    d(length(ref_to_list(R1)) > 10),
    d({ref_to_list(R1) < ref_to_list(R1) ++ "x", byte_size(term_to_binary(R1))}),
    Mp = #{R1 => a, R2 => b},
    d({maps:get(R1, Mp), maps:get(R2, Mp)}),
    T = ets:new(t, []), ets:insert(T, {R1, x}),
    d(ets:lookup(T, R1) =:= [{R1, x}]),
    ok.
