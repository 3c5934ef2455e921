-module(bif_system_info).
-export([main/0]).
%% The system_info items whose values do not depend on the emulator's
%% configuration (thread counts and limits differ by design).
main() ->
    [erlang:display({I, erlang:system_info(I)}) ||
        I <- [os_type, otp_release, version, wordsize, {wordsize, internal},
              {wordsize, external}, machine, smp_support, threads, nif_version,
              driver_version, creation, build_type, hipe_architecture]],
    erlang:display(is_integer(erlang:system_info(process_count))),
    erlang:display(catch erlang:system_info(bogus_item)),
    erlang:display(catch erlang:system_info({wordsize, bogus})),
    erlang:display(catch erlang:system_info("os_type")).
