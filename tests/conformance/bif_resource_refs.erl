-module(bif_resource_refs).
-export([main/0]).

%% Resources (magic references): binary:compile_pattern/1's reference
%% behaves as a plain reference to Erlang code and keeps its native object
%% alive through messages, ETS, persistent_term and collections.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    {bm, R1} = CP1 = binary:compile_pattern(<<"lo">>),
    {ac, R2} = CP2 = binary:compile_pattern([<<"he">>, <<"o">>]),
    erlang:display([is_reference(R1), is_reference(R2), is_binary(R1), R1 =:= R2, R1 == R1]),
    erlang:display([R1 < R2, R1 > make_ref(), R1 < make_ref()]),
    erlang:display([binary:matches(<<"hello lo">>, CP1), binary:matches(<<"hello">>, CP2)]),
    %% external format: a plain reference equal to the original that no
    %% longer reaches the pattern
    R1b = binary_to_term(term_to_binary(R1)),
    erlang:display([is_reference(R1b), R1b =:= R1, erlang:phash2(R1b) =:= erlang:phash2(R1),
                    byte_size(term_to_binary(R1)) =:= byte_size(term_to_binary(make_ref()))]),
    erlang:display(t(fun() -> binary:match(<<"lo">>, {bm, R1b}) end)),
    %% ref_to_list/list_to_ref also give the resource back
    R1c = list_to_ref(ref_to_list(R1)),
    erlang:display([R1c =:= R1, t(fun() -> binary:match(<<"xlo">>, {bm, R1c}) end)]),
    A = atomics:new(1, []),
    A2 = list_to_ref(ref_to_list(A)),
    ok = atomics:put(A2, 1, 7),
    erlang:display(atomics:get(A, 1)),
    erlang:display(t(fun() -> binary:match(<<"lo">>, {bm, make_ref()}) end)),
    erlang:display(t(fun() -> binary:match(<<"lo">>, {ac, R1}) end)),
    erlang:display(t(fun() -> binary:match(<<"lo">>, {bm, R2}) end)),
    %% maps and sets keyed by resources
    M = #{R1 => one, R2 => two},
    erlang:display([maps:get(R1, M), maps:get(R2, M), maps:get(R1b, M)]),
    %% messages: another process uses the pattern after we drop ours
    Self = self(),
    P = spawn(fun() -> receive {go, CP} -> erlang:garbage_collect(), Self ! {res, binary:matches(<<"lololo">>, CP)} end end),
    P ! {go, binary:compile_pattern(<<"lo">>)},
    erlang:garbage_collect(),
    receive {res, Res} -> erlang:display(Res) end,
    %% ETS keeps the pattern alive after the inserting process's copy is gone
    T = ets:new(t, [public]),
    spawn_wait(fun() -> ets:insert(T, {k, binary:compile_pattern([<<"x">>, <<"yz">>])}) end),
    erlang:garbage_collect(),
    [{k, CP3}] = ets:lookup(T, k),
    ets:delete(T),
    erlang:garbage_collect(),
    erlang:display(binary:matches(<<"xyzx">>, CP3)),
    %% persistent_term
    persistent_term:put({?MODULE, cp}, binary:compile_pattern(<<"q">>)),
    erlang:garbage_collect(),
    erlang:display(binary:split(<<"aqbqc">>, persistent_term:get({?MODULE, cp}), [global])),
    persistent_term:erase({?MODULE, cp}),
    %% many patterns made and dropped
    L = [binary:compile_pattern(integer_to_binary(I)) || I <- lists:seq(1, 2000)],
    erlang:display(length([ok || CP <- L, binary:match(<<"x1000y">>, CP) =/= nomatch])),
    erlang:display(lists:usort([is_reference(R) || {bm, R} <- L])),
    erlang:display(length(lists:usort([R || {bm, R} <- L]))),
    ok.

spawn_wait(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, _} -> ok end.
