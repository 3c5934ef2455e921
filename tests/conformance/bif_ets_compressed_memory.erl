-module(bif_ets_compressed_memory).
-export([main/0]).

%% ets:info(T, memory) of compressed tables: the key stays a term, the
%% other non-immediate elements are kept in ERTS's ETS external format.
main() ->
    Big = list_to_binary(lists:seq(0, 255)),
    <<_:3, Sub:100/binary, _/bits>> = Big,
    <<_:8, Sub2:20/binary, _/binary>> = Big,
    <<_:8, SubBig:100/binary, _/binary>> = Big,
    X = 7,
    Values = [ok, 'a longer atom name', 0, 255, 256, -1, 1 bsl 31, -(1 bsl 31), 1 bsl 40, -(1 bsl 59),
              1 bsl 64, -(1 bsl 200), 1 bsl 2100, 1.5, -0.0, "", "abc", lists:seq(1, 300), lists:seq(0, 255),
              lists:duplicate(70000, $a), [a | b], [1, [2, [3]], {4}], [{}], {}, {a, {b, {c}}},
              list_to_tuple(lists:seq(1, 300)), #{}, #{a => 1, "b" => <<"c">>},
              maps:from_list([{I, [I]} || I <- lists:seq(1, 50)]), <<>>, <<1, 2, 3>>, <<1:5>>,
              binary:part(Big, 0, 32), binary:part(Big, 0, 33), binary:part(Big, 10, 64), binary:part(Big, 10, 65),
              Big, Sub, Sub2, SubBig, <<Big/binary, 1:3>>, self(), make_ref(), fun lists:sort/1,
              fun() -> X end, fun(A) -> {A, X, Big} end, [self(), fun erlang:abs/1]],
    [begin
         T = ets:new(t, Opts),
         M0 = ets:info(T, memory),
         erlang:display({Opts, ets:info(T, compressed),
                         [begin ets:insert(T, {K, V, V}), W = ets:info(T, memory) - M0, ets:delete(T, K), W end
                          || {K, V} <- lists:zip(lists:seq(1, length(Values)), Values)]}),
         ets:delete(T)
     end || Opts <- [[set, compressed], [ordered_set, compressed], [bag, compressed]]],
    %% compound keys stay terms; keypos 2
    T2 = ets:new(t, [compressed, {keypos, 2}]),
    M2 = ets:info(T2, memory),
    [begin ets:insert(T2, {value, K, <<"x">>}), erlang:display({K, ets:info(T2, memory) - M2}), ets:delete(T2, K) end
     || K <- [{a, "key", 1.5}, [1, 2, 3], <<"binary key">>, Big, 1 bsl 70, #{k => v}]],
    %% updates keep the compressed layout
    T3 = ets:new(t, [compressed]),
    M3 = ets:info(T3, memory),
    ets:insert(T3, {k, 1, "text", {tuple, 2}}),
    erlang:display(ets:info(T3, memory) - M3),
    ets:update_counter(T3, k, {2, 1000}),
    erlang:display(ets:info(T3, memory) - M3),
    ets:update_element(T3, k, {3, lists:seq(1, 20)}),
    erlang:display(ets:info(T3, memory) - M3),
    ets:update_element(T3, k, {4, atom}),
    erlang:display(ets:info(T3, memory) - M3),
    ets:select_replace(T3, [{{k, '$1', '$2', '$3'}, [], [{{k, '$1', '$2', {{'$3', '$3'}}}}]}]),
    erlang:display(ets:info(T3, memory) - M3),
    erlang:display(ets:lookup(T3, k)),
    ok.
