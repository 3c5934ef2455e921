-module(b_compile).
-export([main/0]).
%% The stock compiler at work: scan, parse and compile stdlib's lists.erl
%% (3000 lines, no macros or includes, so no epp and no file server needed)
%% in memory with [binary]. Prints the MD5 of the .beam (the same on both
%% VMs when the compiler's output is byte-identical), then the run time in
%% microseconds (last line).
main() ->
    Src = source(),
    T0 = erlang:monotonic_time(microsecond),
    {ok, Text} = prim_file:read_file(Src),
    Forms = parse(binary_to_list(Text)),
    {ok, lists, Beam} = compile:forms(Forms, [binary, return_errors]),
    erlang:display(erlang:md5(Beam)),
    erlang:display(erlang:monotonic_time(microsecond) - T0).

%% stdlib's source directory of the OTP installation (ROOTDIR is set by erl;
%% bare OpenBEAM runs against the same installation).
source() ->
    Root = case os:getenv("ROOTDIR") of
               false -> "/usr/lib/erlang";
               R -> R
           end,
    {ok, Libs} = prim_file:list_dir(Root ++ "/lib"),
    [Stdlib | _] = lists:reverse(lists:sort([L || "stdlib-" ++ _ = L <- Libs])),
    Root ++ "/lib/" ++ Stdlib ++ "/src/lists.erl".

parse(Text) -> parse(Text, {1, 1}, []).

parse(Text, Loc, Acc) ->
    case erl_scan:tokens([], Text, Loc) of
        {done, {ok, Tokens, Loc1}, Rest} ->
            {ok, Form} = erl_parse:parse_form(Tokens),
            parse(Rest, Loc1, [Form | Acc]);
        {more, _} ->
            lists:reverse(Acc, [{eof, Loc}])
    end.
