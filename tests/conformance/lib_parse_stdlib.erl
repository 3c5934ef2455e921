-module(lib_parse_stdlib).
-export([main/0]).

%% Scans and parses every .erl file of the installed stdlib's src/ with
%% erl_scan and erl_parse (files read through prim_file, as bare mode has no
%% file server) and prints a digest per file and for the whole set. Forms
%% that fail to scan or parse take part as their error terms.

main() ->
    {ok, Libs} = prim_file:list_dir("/usr/lib/erlang/lib"),
    [Std] = [L || "stdlib-" ++ _ = L <- Libs],
    Src = "/usr/lib/erlang/lib/" ++ Std ++ "/src/",
    {ok, Names} = prim_file:list_dir(Src),
    Erl = lists:sort([N || N <- Names, lists:suffix(".erl", N)]),
    Results = [file_digest(Src, N) || N <- Erl],
    [erlang:display(R) || R <- Results],
    {Forms, Errors, Tokens} =
        lists:foldl(fun({_, F, E, T, _}, {F0, E0, T0}) -> {F0 + F, E0 + E, T0 + T} end,
                    {0, 0, 0}, Results),
    erlang:display({files, length(Results), forms, Forms, errors, Errors, tokens, Tokens}),
    erlang:display({digest, erlang:phash2(Results)}).

file_digest(Dir, Name) ->
    {ok, Bin} = prim_file:read_file(Dir ++ Name),
    Forms = forms(binary_to_list(Bin), [], 1, []),
    Errors = length([F || {error, _} = F <- Forms]),
    Tokens = lists:sum([N || {_, N, _} <- [F || F <- Forms, tuple_size(F) =:= 3]]),
    Parsed = [P || {_, _, P} <- Forms] ++ [E || {error, _} = E <- Forms],
    {Name, length(Forms), Errors, Tokens, erlang:phash2(Parsed)}.

%% One entry per form: {ok, TokenCount, AbstractForm} or {error, Info}.
forms(Chars, Cont, Line, Acc) ->
    case erl_scan:tokens(Cont, Chars, Line) of
        {done, {ok, Toks, End}, Rest} ->
            F = case erl_parse:parse_form(Toks) of
                    {ok, Form} -> {ok, length(Toks), Form};
                    {error, _} = E -> E
                end,
            forms(Rest, [], End, [F | Acc]);
        {done, {error, Info, End}, Rest} ->
            forms(Rest, [], End, [{error, Info} | Acc]);
        {done, {eof, _}, _} ->
            lists:reverse(Acc);
        {more, Cont1} ->
            forms(eof, Cont1, Line, Acc)
    end.
