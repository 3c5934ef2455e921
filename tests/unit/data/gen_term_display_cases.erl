%% Generates tests/unit/data/term_display_cases.inc: for every term, its
%% term_to_binary bytes and the exact bytes erlang:display/1 writes.
%%
%%   cd tests/unit/data && erlc gen_term_display_cases.erl &&
%%     erl -noshell -s gen_term_display_cases main && rm gen_term_display_cases.beam
%%
%% erlang:display/1 writes straight to fd 1 (turning "\n" into "\r\n"), so
%% main/0 runs a second erl whose stdout goes to a file, with display/0
%% displaying every term in order, and splits that file on "\r\n" (display
%% never writes a raw newline for these terms, see check_text/1).
%%
%% Also emitted:
%%   * kSubCases: bitstrings that start at a bit offset (matched out of a
%%     larger binary), as {source bytes, bit offset, bit size, text};
%%   * kPidCases, kPortCases, kRefCases, kFunCases: pids, ports, refs and
%%     local funs (the VM cannot build them yet) with their parts and text.
-module(gen_term_display_cases).
-export([main/0, display/0]).

terms() ->
    integers() ++ floats() ++ atoms() ++ strings() ++ lists() ++ tuples()
        ++ binaries() ++ maps() ++ funs() ++ mixed().

integers() ->
    [0, 1, -1, 42, -42, 255, 256, -256, 65535, 1 bsl 27, (1 bsl 59) - 1, 1 bsl 59,
     -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 63, 1 bsl 64, -(1 bsl 64), 1 bsl 100,
     pow10(50), -pow10(80), (1 bsl 1000) + 7].

pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).

floats() ->
    [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.14159, 2.718281828459045, 100.0,
     1.0e100, 1.0e-100, 123456789.0, 1234567.5, 9.9999995, 9.99999949, 0.00001,
     1.0e15, 1.0e16, 1.7976931348623157e308, 2.2250738585072014e-308, 5.0e-324,
     1.0e-310, 6.02214076e23, -1.5e-7, 1/3, 2/3, 1.0000005, 1.0000015, 1.0000025,
     0.0000125, 999999.5, 9999999.0, -123.456, 1.0e21, 4.0e-5].

atoms() ->
    [a, abc, 'A', 'Abc', '', 'a b', 'a@b', 'a.b', a_B9, '_x', '9a', 'try', 'end',
     'fun', 'é', 'éa', 'aé', 'λ', 'aλ', 'ß', 'ÿ', '÷', 'a÷', 'a×', 'aÖ', 'Ö',
     'a\nb', 'a\tb', 'it\'s', 'back\\slash', list_to_atom([1]), list_to_atom([$a, 128, $b]),
     list_to_atom([159]), list_to_atom([$a, 160, $b]), '日本', 'a€', list_to_atom([16#1F600]),
     list_to_atom([$a, 127]), list_to_atom([$a, 27]), true, false, ok, 'hello_World',
     'a-b', 'a$', list_to_atom([$a, 255]), list_to_atom([$a, 192])].

strings() ->
    ["a", "abc", "hello world", "a\nb", "a\"b", "a\\b", "tab\there", "cr\rx", " ", "~",
     "\n", "\"", [127], [31], [160], [255], [99, 97, 102, 233], [159], [8], [7], [11],
     [12], [0], [27], [97, 256], [955], [1000, 2000], [$a, 1000], [$a, -1], [$a, 1.0],
     [$a, a], [$a, 128], [32, 126, 160, 255, 9, 10, 13], lists:seq(32, 126),
     lists:seq(160, 255), "€uro", [$a, "bc"], [-1]].

lists() ->
    [[], [[]], [[], []], [1, 2, 3], ["abc"], ["a", "b"], [$a | $b], [a | b], [1 | 2],
     [1, 2 | 3], [[1] | [2]], [$a | <<"bc">>], [1, $a, $b], [[1, [2, [3, [4]]]]],
     [{a}, {b}], [1 | "ab"], [$a, $b | "cd"], [$a | 1.5], [[$a] | "b"], ["a" | "b"],
     lists:seq(1, 40), [[], [[[]]]], [<<>>, <<"a">>]].

tuples() ->
    [{}, {a}, {1, 2, 3}, {{}}, {"ab", <<"ab">>, 'Ab'}, {[], [[]], {}},
     list_to_tuple(lists:seq(1, 300)), {{{{{{deep}}}}}}].

binaries() ->
    [<<>>, <<0>>, <<"a">>, <<"abc">>, <<"a\"b">>, <<"a\\b">>, <<" ~">>, <<"hello world">>,
     <<1, 2, 3>>, <<"abc", 0>>, <<127>>, <<"é"/utf8>>, <<233>>, <<"\n">>, <<"ab\tc">>,
     binary:copy(<<"0123456789">>, 10), list_to_binary(lists:seq(0, 199)),
     binary:copy(<<"x">>, 64), binary:copy(<<"y">>, 65), <<31>>, <<32>>, <<126>>,
     <<1:1>>, <<0:7>>, <<1:3>>, <<"abc", 1:1>>, <<255, 3:2>>, <<1, 2, 3, 4:4>>,
     <<"a", 5:3>>, <<0:1>>, <<127:7>>, <<(binary:copy(<<"z">>, 70))/binary, 1:2>>].

maps() ->
    Big = fun(N) -> maps:from_list([{I, I} || I <- lists:seq(1, N)]) end,
    [#{}, #{a => 1}, #{a => 1, b => 2, c => 3}, #{1 => a, 2 => b, 3 => c},
     #{"k" => "v"}, #{<<"k">> => [1]}, #{a => #{b => #{}}}, #{{1, 2} => [3]},
     #{1 => a, a => 1, "s" => 2, 1.0 => 3, {} => 4, <<>> => 5, [] => 6},
     Big(32), Big(33), Big(100),
     maps:from_list([{I, [I + 1]} || I <- lists:seq(90, 130)]),
     maps:from_list([{I, []} || I <- lists:seq(95, 140)]),
     maps:from_list([{I, I + 0.5} || I <- lists:seq(1, 40)]),
     maps:from_list([{integer_to_binary(I), {I}} || I <- lists:seq(1, 35)]),
     maps:from_list([{[I], "v"} || I <- lists:seq(1, 34)]),
     maps:from_list([{I, #{I => [I]}} || I <- lists:seq(1, 33)]),
     maps:from_list([{I, Big(33)} || I <- lists:seq(1, 33)]),
     #{outer => Big(33)}, [Big(33), Big(34)],
     maps:from_list([{float(I), "abc"} || I <- lists:seq(1, 300)])].

funs() ->
    [fun lists:map/2, fun erlang:display/1, fun 'A':b/0, fun 'a b':'c d'/255,
     fun m:'try'/1, fun 'é':'λ'/3, fun 'a@b':'x.y'/0].

mixed() ->
    [{[1, "ab", <<"ab">>], #{k => {v}}, [fun lists:sort/1]},
     [{"x", 1.0}, {<<1>>, -1}],
     {#{}, [], {}, <<>>, ''}].

%% Bitstrings at a bit offset: {Bytes, BitOffset, BitSize}.
subs() ->
    [{<<"abcdefgh">>, 3, 40}, {<<"abcdefgh">>, 5, 43}, {<<255, 0, 255, 0>>, 1, 30},
     {<<"xyz">>, 8, 16}, {<<16#48, 16#8D, 16#95, 16#80>>, 1, 24}, {<<1, 2>>, 7, 0},
     {<<"hello">>, 4, 4}].

sub(Bytes, Off, Size) ->
    <<_:Off, B:Size/bits, _/bits>> = Bytes,
    B.

pids() -> [{0, 0, 0}, {0, 42, 7}, {0, 32767, 8191}, {0, 12345, 3}].
ports() -> [{0, 0}, {0, 5}, {0, 268435455}].
refs() -> [{0, [1, 2, 3]}, {0, [0, 0, 0]}, {0, [262143, 1, 2]}, {0, [1, 2, 17]}].
funs_local() ->
    [{'fun_mod', 0}, {'Odd Mod', 1}, {'a@b', 2}].

local_fun(Mod, I) ->
    Forms = [{attribute, 1, module, Mod}, {attribute, 1, export, [{f, 0}]},
             {function, 1, f, 0,
              [{clause, 1, [], [],
                [{tuple, 1, [{'fun', 1, {clauses, [{clause, 1, [], [], [{integer, 1, K}]}]}}
                             || K <- lists:seq(0, I)]}]}]}],
    {ok, Mod, Bin} = compile:forms(Forms, []),
    {module, Mod} = code:load_binary(Mod, "nofile", Bin),
    element(I + 1, Mod:f()).

helpers() ->
    [list_to_pid(lists:flatten(io_lib:format("<~w.~w.~w>", [C, N, S]))) || {C, N, S} <- pids()] ++
    [list_to_port(lists:flatten(io_lib:format("#Port<~w.~w>", [C, N]))) || {C, N} <- ports()] ++
    [list_to_ref(lists:flatten(["#Ref<", integer_to_list(C),
                                [[$., integer_to_list(X)] || X <- Ns], ">"]))
     || {C, Ns} <- refs()] ++
    [local_fun(M, I) || {M, I} <- funs_local()].

%% Runs in the child erl.
display() ->
    [erlang:display(binary_to_term(term_to_binary(T))) || T <- terms()],
    [erlang:display(sub(B, O, S)) || {B, O, S} <- subs()],
    [erlang:display(T) || T <- helpers()],
    ok.

main() ->
    Dir = filename:dirname(code:which(?MODULE)),
    Out = "/tmp/gen_term_display_cases.out",
    Cmd = "erl -noshell -pa " ++ Dir ++ " -eval 'gen_term_display_cases:display(), halt().' > " ++ Out,
    _ = os:cmd(Cmd),
    {ok, Raw} = file:read_file(Out),
    ok = file:delete(Out),
    Texts0 = binary:split(Raw, <<"\r\n">>, [global]),
    <<>> = lists:last(Texts0),
    Texts = lists:droplast(Texts0),
    [check_text(X) || X <- Texts],
    Terms = terms(),
    [true = (binary_to_term(term_to_binary(T)) =:= T) || T <- Terms],
    NT = length(Terms),
    NS = length(subs()),
    {TT, R1} = lists:split(NT, Texts),
    {ST, R2} = lists:split(NS, R1),
    {PidT, R3} = lists:split(length(pids()), R2),
    {PortT, R4} = lists:split(length(ports()), R3),
    {RefT, FunT} = lists:split(length(refs()), R4),
    true = length(FunT) =:= length(funs_local()),
    FunInfo = [begin F = local_fun(M, I),
                     {index, Ix} = erlang:fun_info(F, index),
                     {uniq, U} = erlang:fun_info(F, uniq),
                     {M, Ix, U} end || {M, I} <- funs_local()],
    Cases = [io_lib:format("{~s, ~s},~n", [c_bytes(term_to_binary(T)), c_str(X)])
             || {T, X} <- lists:zip(Terms, TT)],
    Subs = [io_lib:format("{~s, ~w, ~w, ~s},~n", [c_bytes(B), O, S, c_str(X)])
            || {{B, O, S}, X} <- lists:zip(subs(), ST)],
    Pids = [io_lib:format("{~w, ~w, ~w, ~s},~n", [C, N, S, c_str(X)])
            || {{C, N, S}, X} <- lists:zip(pids(), PidT)],
    Ports = [io_lib:format("{~w, ~w, ~s},~n", [C, N, c_str(X)])
             || {{C, N}, X} <- lists:zip(ports(), PortT)],
    %% ERTS keeps ref numbers least significant first: reverse the text order.
    Refs = [io_lib:format("{~w, {~s}, ~s},~n",
                          [C, lists:join(",", [integer_to_list(N) || N <- lists:reverse(Ns)]), c_str(X)])
            || {{C, Ns}, X} <- lists:zip(refs(), RefT)],
    Funs = [io_lib:format("{~s, ~w, ~w, ~s},~n", [c_str(atom_to_binary(M)), Ix, U, c_str(X)])
            || {{M, Ix, U}, X} <- lists:zip(FunInfo, FunT)],
    Inc = ["// Generated by tests/unit/data/gen_term_display_cases.erl from erl ",
           erlang:system_info(otp_release), "\n",
           "#ifdef TERM_DISPLAY_CASES\n", Cases, "#endif\n",
           "#ifdef TERM_DISPLAY_SUB_CASES\n", Subs, "#endif\n",
           "#ifdef TERM_DISPLAY_PID_CASES\n", Pids, "#endif\n",
           "#ifdef TERM_DISPLAY_PORT_CASES\n", Ports, "#endif\n",
           "#ifdef TERM_DISPLAY_REF_CASES\n", Refs, "#endif\n",
           "#ifdef TERM_DISPLAY_FUN_CASES\n", Funs, "#endif\n"],
    ok = file:write_file("term_display_cases.inc", Inc),
    io:format("~w terms, ~w sub-binaries, ~w helper cases~n",
              [NT, NS, length(PidT) + length(PortT) + length(RefT) + length(FunT)]),
    halt().

check_text(X) ->
    nomatch = binary:match(X, <<"\n">>).

c_bytes(B) -> ["{", lists:join(",", [integer_to_list(X) || X <- binary_to_list(B)]), "}"].

%% A C string literal of raw bytes: printable ASCII as is, others as 3-digit
%% octal escapes (which never swallow a following digit).
c_str(B) ->
    [$", [c_char(C) || <<C>> <= B], $"].
c_char($") -> "\\\"";
c_char($\\) -> "\\\\";
c_char($?) -> "\\?";
c_char(C) when C >= 32, C < 127 -> C;
c_char(C) -> io_lib:format("\\~3.8.0b", [C]).
