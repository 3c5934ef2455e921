-module(lib_calendar).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(calendar:date_to_gregorian_days(2024, 2, 29)),
    d(calendar:gregorian_days_to_date(739000)),
    d(calendar:day_of_the_week(2000, 1, 1)),
    d(calendar:is_leap_year(1900)),
    d(calendar:is_leap_year(2000)),
    d(calendar:last_day_of_the_month(2023, 2)),
    d(calendar:valid_date(2023, 2, 29)),
    d(calendar:datetime_to_gregorian_seconds({{1970, 1, 1}, {0, 0, 0}})),
    d(calendar:gregorian_seconds_to_datetime(63000000000)),
    d(calendar:iso_week_number({2021, 1, 3})),
    d(calendar:time_difference({{2020, 1, 1}, {0, 0, 0}}, {{2021, 3, 1}, {12, 30, 15}})),
    d(calendar:seconds_to_daystime(100000)),
    d(calendar:seconds_to_time(3725)),
    d(calendar:time_to_seconds({1, 2, 5})),
    d(calendar:date_to_gregorian_days({1, 1, 1})),
    ok.
