-module(lib_calendar2).
-export([main/0]).

main() ->
    erlang:display(calendar:date_to_gregorian_days(2024, 2, 29)),
    erlang:display(calendar:gregorian_days_to_date(739000)),
    erlang:display(calendar:datetime_to_gregorian_seconds({{2000, 1, 1}, {12, 30, 45}})),
    erlang:display(calendar:gregorian_seconds_to_datetime(63000000000)),
    erlang:display([calendar:day_of_the_week(D) || D <- [{2024, 1, 1}, {1970, 1, 1}, {2000, 2, 29}]]),
    erlang:display([calendar:is_leap_year(Y) || Y <- [1900, 2000, 2023, 2024]]),
    erlang:display([calendar:last_day_of_the_month(2024, M) || M <- lists:seq(1, 12)]),
    erlang:display(calendar:valid_date(2023, 2, 29)),
    erlang:display(calendar:valid_date({2024, 2, 29})),
    erlang:display(calendar:iso_week_number({2024, 12, 30})),
    erlang:display(calendar:iso_week_number({2021, 1, 3})),
    erlang:display(calendar:seconds_to_daystime(100000)),
    erlang:display(calendar:seconds_to_time(3725)),
    erlang:display(calendar:time_to_seconds({1, 2, 5})),
    erlang:display(calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, {{2024, 3, 1}, {12, 0, 0}})),
    erlang:display(calendar:system_time_to_rfc3339(0, [{offset, "Z"}])),
    erlang:display(calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}])),
    erlang:display(calendar:rfc3339_to_system_time("2024-02-29T12:00:00Z")),
    erlang:display(calendar:rfc3339_to_system_time("2024-02-29T12:00:00.5+01:00", [{unit, millisecond}])),
    erlang:display(calendar:system_time_to_universal_time(1000000000, second)),
    erlang:display(calendar:date_to_gregorian_days({1, 1, 1})),
    ok.
