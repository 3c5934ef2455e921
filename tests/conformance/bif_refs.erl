-module(bif_refs).
-export([main/0]).

d(X) -> erlang:display(X).

e(F) ->
    try F() catch C:R:S -> {C, R, info(S)} end.
info([{_, _, _, L} | _]) -> proplists:get_value(error_info, L, none);
info(_) -> none.

%% References: creation, printing, ordering, hashing, external format;
%% unique integers.
main() ->
    R = make_ref(),
    R2 = make_ref(),
    d([is_reference(R), R =:= R, R == R2, R =/= R2, is_reference(self()), is_reference(1)]),
    d(binary_to_term(term_to_binary(R)) =:= R),
    d(list_to_ref(ref_to_list(R)) =:= R),
    d(byte_size(term_to_binary(R))),
    d(lists:prefix("#Ref<0.", ref_to_list(R))),
    F = list_to_ref("#Ref<0.1.2.3>"),
    d(F),
    d(ref_to_list(F)),
    d(term_to_binary(F)),
    d(term_to_binary({F, [F]})),
    d(binary_to_term(term_to_binary(F)) =:= F),
    d(binary_to_term(<<131,90,0,3,100,0,13,"nonode@nohost",0,0,0,0,0,0,0,7,0,0,0,1,0,0,0,9>>)),
    d(binary_to_term(<<131,114,0,3,100,0,13,"nonode@nohost",0,0,0,0,7,0,0,0,1,0,0,0,9>>)),
    Refs = [list_to_ref(S) || S <- ["#Ref<0.1.2.4>", "#Ref<0.2.1.0>", "#Ref<0.1.0.3>",
                                    "#Ref<0.0.0.0>", "#Ref<0.4294967295.1.5>"]],
    d(lists:sort(Refs)),
    d(lists:sort([hd(Refs), 1, a, fun lists:sort/1, {}, [], <<>>, #{}, 2.5])),
    d([erlang:phash2(X) || X <- Refs]),
    d([erlang:phash2(X, 1000) || X <- Refs]),
    d([erlang:phash(X, 1 bsl 32) || X <- Refs]),
    d(erlang:phash2({Refs, a})),
    %% Refs as map keys: small (sorted) and large (hash-trie order) maps.
    Many = [list_to_ref("#Ref<0." ++ integer_to_list(I * 7919) ++ ".1." ++ integer_to_list(I) ++ ">")
            || I <- lists:seq(1, 40)],
    d(maps:from_list([{X, I} || {X, I} <- lists:zip(lists:sublist(Many, 5), lists:seq(1, 5))])),
    d(maps:values(maps:from_list(lists:zip(Many, lists:seq(1, 40))))),
    d([e(fun() -> list_to_ref(S) end) || S <- ["#Ref<0.1.2>", "#Ref<0.1.2.3.4>", "#Ref<1.1.2.3>",
                                              "#Ref<0.1.2.4294967296>", "#Ref<0.1.2.262144>",
                                              "#Ref<0.1.1000.3>", "Ref<0.1.2.3>", "#Ref<0.1.2.3> ",
                                              "#Ref<0.1..3>", "#Ref<0.1.2.-3>"]]),
    d(e(fun() -> list_to_ref(foo) end)),
    d(e(fun() -> ref_to_list(foo) end)),
    d(e(fun() -> binary_to_term(<<131,90,0,3,100,0,13,"nonode@nohost",0,0,0,0,0,4,0,0,0,0,0,1,0,0,0,9>>) end)),
    %% unique integers
    U = [erlang:unique_integer() || _ <- lists:seq(1, 100)],
    d(length(lists:usort(U))),
    P = [erlang:unique_integer([positive]) || _ <- lists:seq(1, 100)],
    d({length(lists:usort(P)), lists:all(fun(X) -> X > 0 end, P)}),
    M = [erlang:unique_integer([monotonic]) || _ <- lists:seq(1, 100)],
    d(M =:= lists:sort(M) andalso length(lists:usort(M)) =:= 100),
    PM = [erlang:unique_integer([positive, monotonic]) || _ <- lists:seq(1, 100)],
    d(PM =:= lists:usort(PM) andalso hd(PM) > 0),
    d(lists:all(fun erlang:is_integer/1, [erlang:unique_integer([monotonic, positive]), erlang:unique_integer([])])),
    d([e(fun() -> erlang:unique_integer(X) end) || X <- [[foo], foo, [positive | monotonic]]]),
    ok.
