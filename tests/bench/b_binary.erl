-module(b_binary).
-export([main/0]).
%% main/0 prints the result, then the run time in microseconds (last line).
main() ->
    T0 = erlang:monotonic_time(microsecond),
    run(),
    erlang:display(erlang:monotonic_time(microsecond) - T0).
%% Appending to a binary in a loop (erl extends it in place).
build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, N:32, (N band 255):8>>).
%% Matching it back segment by segment.
sum(<<X:32, B:8, Rest/binary>>, Acc) -> sum(Rest, Acc + X + B);
sum(<<>>, Acc) -> Acc.
%% Building small binaries and matching their fields.
pack(0, Acc) -> Acc;
pack(N, Acc) ->
    <<A:16, B:16/little, C/binary>> = <<N:16, (N + 1):16/little, "xyz">>,
    pack(N - 1, Acc + A + B + byte_size(C)).
run() ->
    B = build(100000, <<>>),
    erlang:display({byte_size(B), sum(B, 0), pack(300000, 0)}).
