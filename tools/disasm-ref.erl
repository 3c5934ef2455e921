%% disasm-ref: write reference beam_disasm listings for tools/disasm-check.
%%
%% Usage (normally driven by tools/disasm-check):
%%   erlc -o TOOLDIR tools/disasm-ref.erl
%%   erl -noshell -noinput -pa TOOLDIR -run disasm-ref main OUTDIR LISTFILE
%%
%% LISTFILE holds one .beam path per line.  For each path P the listing is
%% written to OUTDIR/Key.dis, where Key is P without its leading "/" and with
%% every "/" replaced by "%".  The listing is, for every function in
%% beam_disasm:file(P), the line ~w of {function,Name,Arity,Entry} followed
%% by one ~w line per instruction, encoded as UTF-8.  If beam_disasm does not
%% return a {beam_file,...} tuple the file holds the single line "error".
-module('disasm-ref').
-export([main/1]).

-define(DEFAULT_WORKERS, 3).
-define(FILE_HEAP_WORDS, 2000000).  % 16 MB on 64-bit

main([OutDir, ListFile]) ->
    try run(OutDir, ListFile) of
        ok -> halt(0)
    catch
        Class:Reason:Stack ->
            io:format(standard_error, "disasm-ref: crashed: ~p:~p~n~p~n",
                      [Class, Reason, Stack]),
            halt(2)
    end;
main(_) ->
    io:format(standard_error, "usage: disasm-ref OUTDIR LISTFILE~n", []),
    halt(2).

run(OutDir, ListFile) ->
    T0 = erlang:monotonic_time(millisecond),
    {ok, ListBin} = file:read_file(ListFile),
    Paths = [binary_to_list(L)
             || L0 <- binary:split(ListBin, [<<"\n">>, <<"\r\n">>], [global]),
                L <- [string:trim(L0, both, "\r\s\t")],
                L =/= <<>>],
    ok = filelib:ensure_dir(filename:join(OutDir, "x")),
    NWorkers = max(1, min(workers(), length(Paths))),
    Parent = self(),
    Queue = spawn_link(fun() -> queue(Paths) end),
    Workers = [spawn_monitor(fun() -> worker(Parent, Queue, OutDir, 0, []) end)
               || _ <- lists:seq(1, NWorkers)],
    {Done, Errors} = collect(Workers, 0, []),
    T1 = erlang:monotonic_time(millisecond),
    lists:foreach(fun(P) ->
                          io:format("disasm-ref: beam_disasm error: ~ts~n", [P])
                  end, lists:sort(Errors)),
    io:format("disasm-ref: ~w files written (~w beam_disasm errors) "
              "in ~.1f s with ~w workers~n",
              [Done, length(Errors), (T1 - T0) / 1000, NWorkers]),
    ok.

workers() ->
    case os:getenv("DISASM_REF_WORKERS") of
        false -> ?DEFAULT_WORKERS;
        S -> list_to_integer(S)
    end.

%% Hands out paths one at a time, so big files do not unbalance the workers.
queue([]) ->
    receive {next, From} -> From ! {path, done}, queue([]) end;
queue([P | Ps]) ->
    receive {next, From} -> From ! {path, P}, queue(Ps) end.

worker(Parent, Queue, OutDir, N, Errs) ->
    Queue ! {next, self()},
    receive
        {path, done} ->
            Parent ! {worker_done, self(), N, Errs};
        {path, P} ->
            Errs1 = case one_isolated(OutDir, P) of
                        ok -> Errs;
                        error -> [P | Errs]
                    end,
            worker(Parent, Queue, OutDir, N + 1, Errs1)
    end.

collect([], N, Errs) ->
    {N, Errs};
collect(Workers, N, Errs) ->
    receive
        {worker_done, Pid, N1, E1} ->
            receive {'DOWN', Ref, process, Pid, _} ->
                    collect(lists:delete({Pid, Ref}, Workers), N + N1, E1 ++ Errs)
            end;
        {'DOWN', _Ref, process, _Pid, Reason} ->
            error({worker_crashed, Reason})
    end.

%% Each file is processed in a fresh process with a large initial heap: the
%% heap is thrown away in one go when the process exits instead of being
%% garbage-collected and regrown many times (about 30% faster overall).
one_isolated(OutDir, P) ->
    {_, Ref} = spawn_opt(fun() -> exit({done, one(OutDir, P)}) end,
                         [monitor, {min_heap_size, ?FILE_HEAP_WORDS}]),
    receive
        {'DOWN', Ref, process, _, {done, Status}} -> Status;
        {'DOWN', Ref, process, _, Reason} -> error({P, Reason})
    end.

key(P) ->
    P1 = case P of
             "/" ++ Rest -> Rest;
             _ -> P
         end,
    lists:flatten(string:replace(P1, "/", "%", all)) ++ ".dis".

one(OutDir, P) ->
    {Status, Data} =
        try beam_disasm:file(P) of
            {beam_file, _, _, _, _, Code} ->
                {ok, listing(Code)};
            _ ->
                {error, <<"error\n">>}
        catch
            _:_ -> {error, <<"error\n">>}
        end,
    Out = filename:join(OutDir, key(P)),
    Tmp = Out ++ ".tmp",
    %% Write-then-rename so an interrupted run never leaves a truncated
    %% listing that looks up to date.
    case file:write_file(Tmp, Data, [raw, binary]) of
        ok -> ok;
        {error, R1} -> error({write_failed, Tmp, R1})
    end,
    case file:rename(Tmp, Out) of
        ok -> ok;
        {error, R2} -> error({rename_failed, Out, R2})
    end,
    Status.

listing(Code) ->
    Chars = [[io_lib:format("~w~n", [{function, Name, Arity, Entry}]),
              [io_lib:format("~w~n", [I]) || I <- Is]]
             || {function, Name, Arity, Entry, Is} <- Code],
    case unicode:characters_to_binary(Chars) of
        Bin when is_binary(Bin) -> Bin;
        Other -> error({unicode_conversion, Other})
    end.
