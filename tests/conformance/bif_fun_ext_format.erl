-module(bif_fun_ext_format).
-export([main/0, adder/1, mk/3]).

%% Local funs in the external term format (NEW_FUN_EXT): encoding byte for
%% byte (the creator pid replaced by a marker), decoding, calling decoded
%% funs, fun_info of decoded funs, module_info(md5), bad encodings.

d(X) -> erlang:display(X).

adder(N) -> fun(X) -> X + N end.
mk(A, B, C) -> fun(X, Y) -> {A, B, C, X, Y} end.

%% term_to_binary output with every encoding of our pid replaced by "PID".
masked(Bin) ->
    <<131, P/binary>> = term_to_binary(self()),
    <<131, P2/binary>> = term_to_binary(self(), [{minor_version, 2}]),
    binary:replace(Bin, [P, P2], <<"PID">>, [global]).

main() ->
    Funs = [fun() -> ok end, adder(5), mk(a, "str", <<1, 2, 3>>),
            mk(#{k => v}, [1 | 2], 1.5), fun(X) -> adder(X) end,
            mk(adder(1), fun lists:sum/1, {self(), <<7:3>>}),
            mk(lists:seq(1, 300), binary:copy(<<"b">>, 200), -12345678901234567890)],
    lists:foreach(fun(F) ->
                          B = term_to_binary(F),
                          d(masked(B)),
                          d(erlang:external_size(F)),
                          d(byte_size(B)),
                          G = binary_to_term(B),
                          d(G =:= F),
                          d(erlang:phash2(G) =:= erlang:phash2(F)),
                          d([erlang:fun_info(G, K) || K <- [module, index, new_index, uniq, new_uniq, arity, type, env]]
                            =:= [erlang:fun_info(F, K) || K <- [module, index, new_index, uniq, new_uniq, arity, type, env]]),
                          d(erlang:fun_info(G, pid) =:= {pid, self()}),
                          d([masked(term_to_binary(F, O)) || O <- [[{minor_version, 0}], [{minor_version, 2}], [deterministic]]]),
                          d(binary_to_term(term_to_binary(F, [compressed])) =:= F)
                  end, Funs),
    d(erlang:fun_info(adder(1), new_uniq) =:= {new_uniq, ?MODULE:module_info(md5)}),
    d(?MODULE:module_info(md5)),
    d(lists:module_info(md5)),
    d(erlang:get_module_info(lists, md5)),
    d(byte_size(erlang:md5(<<>>)) =:= byte_size(lists:module_info(md5))),
    %% Calling decoded funs.
    A = binary_to_term(term_to_binary(adder(10))),
    d(A(32)),
    M = binary_to_term(term_to_binary(mk(x, y, z))),
    d(M(1, 2)),
    d(lists:map(binary_to_term(term_to_binary(fun(X) -> X * 2 end)), [1, 2, 3])),
    d(catch_class(fun() -> A(1, 2) end)),
    %% A fun made by another process keeps its creator.
    Self = self(),
    Child = spawn(fun() -> Self ! {fn, self(), adder(3)} end),
    receive
        {fn, Child, CF} ->
            d(erlang:fun_info(CF, pid) =:= {pid, Child}),
            d(binary_to_term(term_to_binary(CF)) =:= CF),
            <<131, CP/binary>> = term_to_binary(Child),
            d(binary:match(term_to_binary(CF), CP) =/= nomatch),
            d(CF(4))
    end,
    %% Funs nested in data.
    Nested = {[adder(1), #{f => mk(1, 2, 3)}], <<"x">>},
    d(masked(term_to_binary(Nested))),
    {[N1, #{f := N2}], _} = binary_to_term(term_to_binary(Nested)),
    d({N1(1), N2(a, b)}),
    %% Hand-made encodings.
    <<131, 112, _Size:32, Ar, Uniq:16/binary, Idx:32, NF:32, Rest/binary>> = term_to_binary(adder(7)),
    Mk = fun(Parts) -> iolist_to_binary([131, 112, <<0:32>> | Parts]) end,
    %% The Size field is not checked.
    Same = Mk([Ar, Uniq, <<Idx:32, NF:32>>, Rest]),
    d((binary_to_term(Same))(1)),
    %% Another MD5: the module is loaded but has no such fun.
    Other = binary_to_term(Mk([Ar, <<0:128>>, <<Idx:32, NF:32>>, Rest])),
    d(erlang:fun_info(Other, module)),
    d(catch_class(fun() -> Other(1) end) =:= {error, {badfun, Other}}),
    %% A module that does not exist.
    ModAt = term_to_binary(?MODULE),
    <<131, ModEnc/binary>> = ModAt,
    {_, RestNoMod} = split_binary(Rest, byte_size(ModEnc)),
    <<131, NoMod/binary>> = term_to_binary(no_such_module_xyz),
    Ghost = binary_to_term(Mk([Ar, Uniq, <<Idx:32, NF:32>>, NoMod, RestNoMod])),
    d(erlang:fun_info(Ghost, module)),
    d(element(1, catch_class(fun() -> Ghost(1) end))),
    %% Bad encodings.
    d(catch_class(fun() -> binary_to_term(Mk([Ar, Uniq, <<Idx:32, 256:32>>, Rest])) end)),
    d(catch_class(fun() -> binary_to_term(Mk([Ar, Uniq, <<Idx:32, NF:32>>, <<97, 1>>, RestNoMod])) end)),
    d(catch_class(fun() -> binary_to_term(Mk([Ar, Uniq, <<Idx:32, NF:32>>, ModEnc, <<100, 0, 1, 97>>])) end)),
    d(catch_class(fun() -> binary_to_term(Mk([Ar, Uniq, <<Idx:32>>])) end)),
    d(catch_class(fun() -> binary_to_term(iolist_to_binary([Same, 0])) end)),
    d(binary_to_term(iolist_to_binary([Same, 0]), [used]) =/= x),
    ok.

catch_class(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R -> {C, R}
    end.
