-module(lib_timer_pure).
-export([main/0]).

main() ->
    erlang:display([timer:seconds(5), timer:minutes(2), timer:hours(1), timer:hms(1, 2, 3)]),
    erlang:display(erlang:convert_time_unit(1, second, millisecond)),
    erlang:display(erlang:convert_time_unit(1500, millisecond, second)),
    erlang:display(erlang:convert_time_unit(-1500, millisecond, second)),
    erlang:display(erlang:convert_time_unit(1, second, native)),
    erlang:display(erlang:convert_time_unit(5, perf_counter, microsecond)),
    erlang:display(erlang:convert_time_unit(-1, native, second)),
    erlang:display(erlang:convert_time_unit(123456789, microsecond, nanosecond)),
    erlang:display(erlang:convert_time_unit(7, 1000, 3)),
    erlang:display(catch erlang:convert_time_unit(1, bad, second)),
    T1 = erlang:monotonic_time(),
    T2 = erlang:monotonic_time(),
    erlang:display(T2 >= T1),
    erlang:display(is_integer(erlang:system_time(millisecond))),
    erlang:display(erlang:system_time(second) > 1600000000),
    ok.
