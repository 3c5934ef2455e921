%% erlang:monotonic_time/0,1 starts where 64-bit ERTS starts it: near the
%% smallest small integer (-2^59 ns, whole seconds), counting up from the
%% VM's start; time_offset/0 makes system_time/0 out of it; absolute timers
%% take such (negative) times.
-module(bif_monotonic_origin).
-export([main/0]).

main() ->
    M = erlang:monotonic_time(),
    S = erlang:monotonic_time(second),
    Ms = erlang:monotonic_time(millisecond),
    erlang:display({negative, M < 0, S < 0, Ms < 0}),
    Uptime = S - (-576460752),
    erlang:display({seconds_since_start_small, Uptime >= 0 andalso Uptime < 60}),
    erlang:display({is_small, is_integer(M), M > -(1 bsl 59) - 1}),
    erlang:display({floor_ms, Ms =:= erlang:convert_time_unit(M, native, millisecond) orelse
                             Ms =:= erlang:convert_time_unit(M, native, millisecond) + 1}),
    Sys = erlang:system_time(),
    Diff = abs(M + erlang:time_offset() - Sys),
    erlang:display({offset_consistent, Diff < 1000000000}),
    T = erlang:monotonic_time(millisecond) + 30,
    erlang:send_after(T, self(), abs_timer, [{abs, true}]),
    receive abs_timer -> erlang:display({abs_timer, erlang:monotonic_time(millisecond) >= T}) after 2000 -> erlang:display(abs_timer_lost) end,
    Ref = erlang:start_timer(T + 100000, self(), x, [{abs, true}]),
    Left = erlang:read_timer(Ref),
    erlang:display({read_abs, Left > 99000, Left =< 100030}),
    erlang:cancel_timer(Ref),
    ok.
