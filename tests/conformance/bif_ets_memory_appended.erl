-module(bif_ets_memory_appended).
-export([main/0]).

%% ets:info(T, memory) of small bitstrings built by appending to a binary
%% (<<B/binary, ...>> with B first): erl builds them on a writable refc
%% binary (ready for more appends), so the table holds a handle.
main() ->
    Small = list_to_binary(lists:seq(1, 60)),
    <<_:5, U2:40/binary, T2:6/bits, _/bits>> = Small,
    Values = [<<Small/binary, 5:7>>, <<U2/bits, T2/bits>>, <<Small/binary, 1, 2>>, <<(binary:part(Small, 0, 10))/binary, 7>>],
    T = ets:new(t, []),
    M0 = ets:info(T, memory),
    erlang:display([begin ets:insert(T, {K, V}), W = ets:info(T, memory) - M0, ets:delete(T, K), W end
                    || {K, V} <- lists:zip(lists:seq(1, length(Values)), Values)]),
    ok.
