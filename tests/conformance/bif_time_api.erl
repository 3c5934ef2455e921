-module(bif_time_api).
-export([main/0]).
%% Timestamps and the time offset: shapes and consistency with system and
%% monotonic time (the values themselves differ from run to run).
main() ->
    {M, S, U} = erlang:timestamp(),
    Sys = erlang:system_time(microsecond),
    erlang:display(abs((M * 1000000 + S) * 1000000 + U - Sys) < 1000000),
    {M2, S2, U2} = os:timestamp(),
    erlang:display(is_integer(M2) andalso S2 < 1000000 andalso U2 < 1000000),
    Nows = [erlang:now() || _ <- lists:seq(1, 1000)],
    erlang:display(lists:usort(Nows) =:= Nows),
    Off = erlang:time_offset(),
    erlang:display(abs(erlang:monotonic_time() + Off - erlang:system_time()) < 1000000000),
    erlang:display(abs(erlang:time_offset(second) - erlang:convert_time_unit(Off, native, second)) =< 1),
    erlang:display(catch erlang:time_offset(bogus)).
