%% boot-check helpers for ETS functions that print through io or use files.
-module(etsb).
-export([i_all/0, tabfile/0, tabfile_errors/0, stock_users/0]).

%% ets:i/0 over the booted system's tables and tables made here. Each line
%% is printed with runs of blanks collapsed and table ids (#Ref<...>) as
%% "#Ref" (their numbers are VM-specific); lines of tables whose contents
%% differ for reasons outside ETS are left out (listed in the output).
i_all() ->
    Fill = fun(T, N) -> ets:insert(T, [{K, integer_to_list(K), <<K:32>>} || K <- lists:seq(1, N)]), T end,
    Fill(ets:new(etsb_set, [named_table, set]), 100),
    Fill(ets:new(etsb_bag, [named_table, bag, public]), 10),
    Fill(ets:new(etsb_ord, [named_table, ordered_set, {read_concurrency, true}]), 1000),
    Fill(ets:new(etsb_wc, [named_table, duplicate_bag, {write_concurrency, true}]), 64),
    Fill(ets:new(etsb_unnamed, [set, private, compressed]), 7),
    Lines = [line(L) || L <- string:split(capture(fun ets:i/0), "\n", all), L =/= ""],
    %% Unnamed tables come last, in the order of their ids (references):
    %% erl's differ from run to run (the scheduler that made them is in
    %% their bits), so those lines are sorted.
    {Named, Unnamed} = lists:splitwith(fun(L) -> not unnamed(L) end, Lines),
    [io:format("~s~n", [L]) || L <- Named ++ lists:sort(Unnamed)],
    halt().

unnamed("#Ref " ++ _) -> true;
unnamed("(left out: code)") -> true;
unnamed("(left out: rex_nodes_observer)") -> true;
unnamed(_) -> false.

%% Tables left out of i_all/0: code (erl's boot loads inet_gethost_native,
%% so it holds one module more), inet_db (host name and resolver times),
%% rex_nodes_observer (owner pid number).
line(L) ->
    Words = string:lexemes(L, " "),
    case Words of
        [_, Name | _] when Name =:= "code"; Name =:= "inet_db"; Name =:= "rex_nodes_observer" ->
            lists:flatten(io_lib:format("(left out: ~s)", [Name]));
        _ ->
            lists:flatten(lists:join(" ", [ref_word(W) || W <- Words]))
    end.

ref_word("#Ref<" ++ _) -> "#Ref";
ref_word(W) -> W.

%% Runs F with a group leader that collects its output.
capture(F) ->
    Self = self(),
    Collector = spawn(fun() -> collect(Self, []) end),
    Old = group_leader(),
    group_leader(Collector, self()),
    F(),
    group_leader(Old, self()),
    Collector ! {done, self()},
    receive {collected, Chars} -> Chars end.

collect(Owner, Acc) ->
    receive
        {io_request, From, ReplyAs, Req} ->
            From ! {io_reply, ReplyAs, ok},
            collect(Owner, [chars(Req) | Acc]);
        {done, Owner} ->
            Owner ! {collected, lists:flatten(lists:reverse(Acc))}
    end.

chars({put_chars, unicode, M, F, A}) -> io_lib:format("~ts", [apply(M, F, A)]);
chars({put_chars, unicode, Chars}) -> unicode:characters_to_list(Chars);
chars({put_chars, latin1, Chars}) -> binary_to_list(iolist_to_binary(Chars));
chars({put_chars, M, F, A}) -> io_lib:format("~ts", [apply(M, F, A)]);
chars({put_chars, Chars}) -> binary_to_list(iolist_to_binary(Chars));
chars(_) -> "".

%% tab2file/file2tab/tabfile_info round trips for every table type, with
%% and without extended_info, checked with {verify, true}. The files' terms
%% are compared (the header's table id and the md5 of a file with md5sum,
%% which covers the header, left out; the objects in file order through
%% their md5).
tabfile() ->
    Objs = [{K, integer_to_list(K), float(K), <<K:24>>} || K <- lists:seq(1, 300)] ++
           [{1, dup}, {1, dup}, {{"k", [1, 2]}, #{a => 1}}],
    Cases = [{set, []}, {bag, [{extended_info, [md5sum]}]},
             {duplicate_bag, [{extended_info, [object_count]}]},
             {ordered_set, [{extended_info, [md5sum, object_count]}, {sync, true}]}],
    [begin
         T = ets:new(etsb_tab, [Type, named_table, {keypos, 1}]),
         ets:insert(T, Objs),
         File = atom_to_list(Type) ++ ".ets",
         io:format("~p ~p~n", [Type, ets:tab2file(T, File, Opts)]),
         {ok, Bytes} = file:read_file(File),
         [Header | Rest] = log_terms(File),
         io:format("size ~p header ~p~n", [byte_size(Bytes), lists:keyreplace(id, 1, tuple_to_list(Header), {id, id})]),
         Objects = [X || X <- Rest, is_tuple(X)],
         io:format("~p terms, objects' md5 ~p, end ~p~n",
                   [length(Rest), erlang:md5(term_to_binary(Objects)), [end_info(X) || X <- Rest -- Objects]]),
         io:format("~p~n", [ets:tabfile_info(File)]),
         Sorted = lists:sort(ets:tab2list(T)),
         ets:delete(T),
         {ok, T2} = ets:file2tab(File, [{verify, true}]),
         io:format("~p~n", [{ets:info(T2, name), ets:info(T2, type), ets:info(T2, size),
                             ets:info(T2, protection), ets:info(T2, named_table),
                             lists:sort(ets:tab2list(T2)) =:= Sorted}]),
         io:format("~p~n", [ets:tab2list(T2) =:= [] orelse ets:first(T2)]),
         ets:delete(T2)
     end || {Type, Opts} <- Cases],
    halt().

%% The md5 covers the header too, so it differs with the table id.
end_info([End, Items]) -> [End, [case I of {md5, _} -> md5; _ -> I end || I <- Items]].

log_terms(File) ->
    {ok, L} = disk_log:open([{name, etsb_log}, {file, File}, {mode, read_only}]),
    Terms = read_chunks(L, start, []),
    ok = disk_log:close(L),
    Terms.

read_chunks(L, Cont, Acc) ->
    case disk_log:chunk(L, Cont) of
        eof -> lists:append(lists:reverse(Acc));
        {Cont2, Terms} -> read_chunks(L, Cont2, [Terms | Acc])
    end.

%% Errors: missing file, a file that is not a table file, a changed object
%% (verify catches it by md5sum, or by object count), a table name in use.
tabfile_errors() ->
    io:format("~p~n", [ets:file2tab("no_such.ets")]),
    io:format("~p~n", [ets:tabfile_info("no_such.ets")]),
    ok = file:write_file("junk.ets", <<"not a table">>),
    io:format("~p~n", [ets:file2tab("junk.ets")]),
    io:format("~p~n", [ets:tabfile_info("junk.ets")]),
    T = ets:new(etsb_err, [set, named_table]),
    ets:insert(T, [{K, K * K} || K <- lists:seq(1, 20)]),
    ok = ets:tab2file(T, "md5.ets", [{extended_info, [md5sum]}]),
    ok = ets:tab2file(T, "count.ets", [{extended_info, [object_count]}]),
    ok = ets:tab2file(T, "plain.ets"),
    io:format("~p~n", [ets:file2tab("md5.ets")]),
    ets:delete(T),
    [begin
         {ok, B} = file:read_file(F),
         Pos = byte_size(B) - 3,
         <<Pre:Pos/binary, X, Post/binary>> = B,
         ok = file:write_file("bad_" ++ F, <<Pre/binary, (X bxor 1), Post/binary>>),
         R1 = ets:file2tab("bad_" ++ F, [{verify, true}]),
         io:format("~s verify ~p~n", [F, element(1, R1)]),
         [ets:delete(etsb_err) || element(1, R1) =:= ok],
         R2 = ets:file2tab("bad_" ++ F, [{verify, false}]),
         io:format("~s noverify ~p~n", [F, element(1, R2)]),
         [ets:delete(etsb_err) || element(1, R2) =:= ok],
         ok = file:write_file("short_" ++ F, binary:part(B, 0, byte_size(B) - 10)),
         io:format("~s short ~p~n", [F, ets:file2tab("short_" ++ F, [{verify, true}])])
     end || F <- ["md5.ets", "count.ets", "plain.ets"]],
    io:format("~p~n", [catch ets:tab2file(no_table, "x.ets")]),
    io:format("~p~n", [catch ets:file2tab("md5.ets", [bad_option])]),
    halt().

%% Stock OTP users of ETS: pg (its scope's table), global (global_names and
%% friends), logger (its config table), inet_db (host tables), code_server
%% (code_names).
stock_users() ->
    P = fun(X) -> io:format("~p~n", [X]) end,
    %% pg
    {ok, _} = pg:start_link(),
    Self = self(),
    Others = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 3)],
    ok = pg:join(g1, Self),
    ok = pg:join(g1, Others),
    ok = pg:join({g, 2}, hd(Others)),
    P(lists:sort(pg:which_groups())),
    P({length(pg:get_members(g1)), length(pg:get_local_members(g1)), pg:get_members(g1) -- [Self | Others]}),
    P(pg:get_members({g, 2}) =:= [hd(Others)]),
    {Ref, Groups} = pg:monitor_scope(),
    P(lists:sort(maps:keys(Groups))),
    ok = pg:leave(g1, Self),
    receive {Ref, leave, g1, [Self]} -> P(leave_seen) after 1000 -> P(no_leave) end,
    [O ! stop || O <- Others],
    timer:sleep(100),
    P({pg:get_members(g1), pg:which_groups()}),
    P([T || T <- ets:all(), T =:= pg]),
    %% global
    yes = global:register_name(etsb_name, Self),
    P(global:whereis_name(etsb_name) =:= Self),
    P(global:register_name(etsb_name, hd(Others))),
    P(lists:member(etsb_name, global:registered_names())),
    P([element(1, E) || E <- ets:tab2list(global_names)]),
    P(global:trans({etsb_lock, Self}, fun() -> in_trans end)),
    global:unregister_name(etsb_name),
    P({global:whereis_name(etsb_name), ets:tab2list(global_names)}),
    %% logger
    ok = logger:add_handler(etsb_h, logger_std_h, #{level => error, config => #{type => standard_error}}),
    {ok, HC} = logger:get_handler_config(etsb_h),
    P({maps:get(level, HC), maps:get(module, HC)}),
    ok = logger:update_handler_config(etsb_h, level, warning),
    P(maps:get(level, element(2, logger:get_handler_config(etsb_h)))),
    P(lists:sort(logger:get_handler_ids())),
    ok = logger:remove_handler(etsb_h),
    P(lists:sort(logger:get_handler_ids())),
    P(maps:get(level, logger:get_primary_config())),
    ok = logger:set_module_level(etsb, debug),
    P(logger:get_module_level(etsb)),
    %% inet_db
    P(inet:gethostbyname("localhost", inet) =/= {error, nxdomain}),
    ok = inet_db:add_host({10, 1, 2, 3}, ["etsb.example", "etsb"]),
    P(inet_hosts:gethostbyname("etsb.example")),
    P(inet_hosts:gethostbyaddr({10, 1, 2, 3})),
    ok = inet_db:del_host({10, 1, 2, 3}),
    P(inet_hosts:gethostbyname("etsb.example")),
    %% code_server
    P(filename:basename(code:lib_dir(kernel))),
    P({code:is_loaded(etsb), filename:basename(code:which(etsb))}),
    P(code:ensure_loaded(dict)),
    P(lists:keymember(dict, 1, code:all_loaded())),
    P(code:lib_dir(no_such_app)),
    halt().
