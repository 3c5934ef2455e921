%% A logger handler that prints what the supervision tree reports — crashed
%% servers, supervisor actions — without the parts that differ from run to
%% run (pids, timestamps, heap sizes), so the demo's output can be compared
%% with the stock erl's byte for byte.
-module(sdemo_report).
-export([log/2]).

log(#{msg := {report, #{label := {supervisor, progress}, report := R}}}, _Config) ->
    io:format("  [logger] supervisor ~p started ~p~n",
              [sup_name(R), child_name(proplists:get_value(started, R))]);
log(#{msg := {report, #{label := {supervisor, Ctx}, report := R}}}, _Config) ->
    io:format("  [logger] supervisor ~p: ~p ~p (reason ~w)~n",
              [sup_name(R), Ctx, child_name(proplists:get_value(offender, R)),
               strip(proplists:get_value(reason, R))]);
log(#{msg := {report, #{label := {application_controller, progress}, report := R}}}, _) ->
    io:format("  [logger] application ~p started~n", [proplists:get_value(application, R)]);
log(#{msg := {report, #{label := {application_controller, exit}}}}, _) ->
    %% Logged by the application controller after application:stop/1 has
    %% returned: whether it comes out before the next line is a race.
    ok;
log(#{msg := {report, #{label := {gen_server, terminate}, name := Name, reason := Reason}}}, _) ->
    io:format("  [logger] gen_server ~p terminating: ~p~n", [Name, strip(Reason)]);
log(#{msg := {report, #{label := {proc_lib, crash}, report := [Info | _]}}}, _) ->
    {registered_name, Name} = lists:keyfind(registered_name, 1, Info),
    {error_info, {Class, Reason, _}} = lists:keyfind(error_info, 1, Info),
    io:format("  [logger] crash report: ~p died (~p: ~p)~n", [Name, Class, strip(Reason)]);
log(#{level := Level, msg := Msg}, _) ->
    io:format("  [logger] ~p: ~p~n", [Level, element(1, Msg)]).

sup_name(R) ->
    case proplists:get_value(supervisor, R) of {local, N} -> N; Other -> Other end.

child_name(Offender) when is_list(Offender) ->
    case lists:keyfind(id, 1, Offender) of {id, Id} -> Id; false -> Offender end;
child_name(Other) -> Other.

%% {Reason, Stacktrace} -> Reason
strip({Reason, [{_, _, _, _} | _]}) -> Reason;
strip(Reason) -> Reason.
