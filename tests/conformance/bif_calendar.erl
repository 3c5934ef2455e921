-module(bif_calendar).
-export([main/0]).

%% Wall-clock BIFs: conversions between universal, local and POSIX time,
%% the shapes of the clock readings, badarg; and the stock calendar module
%% and prim_file's local file times on top of them.

t(F) -> try F() catch C:R -> {C, R} end.

main() ->
    {{Y, Mo, D}, {H, Mi, S}} = erlang:universaltime(),
    erlang:display([is_integer(Y), Y > 2000, Mo >= 1, D >= 1, H >= 0, Mi >= 0, S >= 0]),
    {Date, Time} = erlang:localtime(),
    erlang:display([tuple_size(Date), tuple_size(Time), tuple_size(erlang:date()), tuple_size(erlang:time())]),
    U = {{2024, 2, 29}, {13, 45, 7}},
    erlang:display([erlang:universaltime_to_posixtime(U), erlang:universaltime_to_posixtime({{1970, 1, 1}, {0, 0, 0}}),
                    erlang:universaltime_to_posixtime({{1600, 1, 1}, {0, 0, 0}}),
                    erlang:universaltime_to_posixtime({{1969, 12, 31}, {23, 59, 59}})]),
    erlang:display([erlang:posixtime_to_universaltime(P) || P <- [0, -1, 1709214307, -11676096000, 253402300799,
                                                                  -86401, 1 bsl 40]]),
    L = erlang:universaltime_to_localtime(U),
    erlang:display([erlang:localtime_to_universaltime(L, DST) =:= U || DST <- [undefined, false]]),
    erlang:display(erlang:universaltime_to_localtime({{1902, 1, 1}, {0, 0, 0}}) =/= x),
    erlang:display(calendar:universal_time_to_local_time(U) =:= L),
    erlang:display([calendar:datetime_to_gregorian_seconds(U), calendar:day_of_the_week(2024, 2, 29),
                    calendar:gregorian_seconds_to_datetime(63000000000)]),
    erlang:display(calendar:system_time_to_rfc3339(1709214307, [{offset, "Z"}])),
    Bad = [{{2023, 2, 29}, {0, 0, 0}}, {{2024, 13, 1}, {0, 0, 0}}, {{2024, 1, 0}, {0, 0, 0}},
           {{2024, 1, 1}, {24, 0, 0}}, {{2024, 1, 1}, {0, 60, 0}}, {{2024, 1, 1}, {0, 0, 60}},
           {{1901, 12, 31}, {0, 0, 0}}, {{2024, 1, 1}, {0, 0}}, {{2024, 1, 1.0}, {0, 0, 0}}, {2024, 1, 1}, x],
    erlang:display([t(fun() -> erlang:universaltime_to_localtime(B) end) || B <- Bad]),
    erlang:display([t(fun() -> erlang:localtime_to_universaltime(B, false) end) || B <- Bad]),
    erlang:display([t(fun() -> erlang:universaltime_to_posixtime(B) end) || B <- Bad]),
    erlang:display([t(fun() -> erlang:universaltime_to_posixtime({{1599, 12, 31}, {0, 0, 0}}) end),
                    t(fun() -> erlang:localtime_to_universaltime(U, maybe) end),
                    t(fun() -> erlang:posixtime_to_universaltime(1.0) end),
                    t(fun() -> erlang:posixtime_to_universaltime(1 bsl 64) end)]),
    %% prim_file's local times
    {ok, Info} = prim_file:read_file_info("/"),
    {{FY, _, _}, _} = element(6, Info),
    erlang:display(FY > 1970),
    ok.
