-module(bif_ets_memory_binaries).
-export([main/0]).

%% ets:info(T, memory) of objects holding sub binaries: erl stores a handle
%% on a refc binary or a heap binary of just the bytes, behind a window
%% only when not byte-aligned.
main() ->
    Big = list_to_binary(lists:seq(0, 255)),
    Small = list_to_binary(lists:seq(1, 60)),
    <<_:3, U1:100/binary, _/bits>> = Big,
    <<_:8, A1:100/binary, _/binary>> = Big,
    <<_:8, A2:20/binary, _/binary>> = Big,
    <<_:5, U2:40/binary, T2:6/bits, _/bits>> = Small,
    <<_:7, U3:10/binary, _/bits>> = Small,
    <<_:8, A3:50/binary, _/binary>> = Small,
    Bits = [<<Big/binary, 1:3>>, <<1:3>>, T2, <<1:3, U2/bits, T2/bits>>],
    Values = [U1, A1, A2, U2, U3, A3, binary:part(Big, 0, 64), binary:part(Big, 0, 65),
              binary:part(Big, 100, 156), binary:part(Small, 1, 59), [U1, U1, A1], {A3, [U3 | U2]}
              | Bits],
    [begin
         T = ets:new(t, [Type]),
         M0 = ets:info(T, memory),
         erlang:display({Type, [begin ets:insert(T, {K, V}), W = ets:info(T, memory) - M0, ets:delete(T, K), W end
                                || {K, V} <- lists:zip(lists:seq(1, length(Values)), Values)]}),
         %% as keys
         erlang:display({Type, [begin ets:insert(T, {V, K}), W = ets:info(T, memory) - M0, ets:delete(T, V), W end
                                || {K, V} <- lists:zip(lists:seq(1, length(Values)), Values)]}),
         ets:delete(T)
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.
