-module(bif_binary_split_sliced).
-export([main/0]).

%% binary:matches and binary:split with `global` over subjects of hundreds
%% of kilobytes (searched in slices: matches straddle the slice windows),
%% every trim option and scopes; results compared through digests and a
%% few heads and tails.

d(X) -> erlang:display(X).

subject(Seed, Size, Alphabet) ->
    rand:seed(exsss, {Seed, 7, 11}),
    A = list_to_tuple(Alphabet),
    list_to_binary([element(rand:uniform(tuple_size(A)), A) || _ <- lists:seq(1, Size)]).

summary(L) when is_list(L) ->
    {length(L), erlang:phash2(L), lists:sublist(L, 3), lists:nthtail(max(0, length(L) - 2), L)}.

main() ->
    Subjects = [{1, subject(1, 20000, "ab")}, {2, subject(2, 18000, "abc\n")},
                {3, subject(3, 17000, "aaaaaaab")}, {4, <<(binary:copy(<<"x">>, 20000))/binary, "yy">>},
                {5, binary:copy(<<"ab">>, 10000)}],
    Patterns = [<<"ab">>, <<"aaa">>, <<"abca">>, <<"yy">>, <<"xxxxx">>],
    Opts = [[global, trim], [global, trim_all], [global, {scope, {3, 16500}}],
            [global, trim_all, {scope, {16380, 10}}]],
    [begin
         d({S, P, O, summary(binary:split(Subj, P, O))}),
         MO = [X || X <- O, X =/= trim, X =/= trim_all, X =/= global],
         d({S, P, MO, summary(binary:matches(Subj, P, MO))})
     end || {S, Subj} <- Subjects, P <- Patterns, O <- Opts],
    Cp = binary:compile_pattern(<<"ab">>),
    d(summary(binary:split(element(2, hd(Subjects)), Cp, [global]))),
    d(summary(binary:matches(element(2, hd(Subjects)), Cp))),
    %% an unaligned subject (a sub-binary at a bit offset) and small ones
    <<_:3, Odd:40000/binary, _:5>> = <<0:3, (binary:copy(<<"ab">>, 20000))/binary, 0:5>>,
    d(summary(binary:split(Odd, <<"ba">>, [global]))),
    d(summary(binary:matches(Odd, <<"ba">>))),
    d(binary:split(<<>>, <<"a">>, [global, trim])),
    d(binary:split(<<"a">>, <<"a">>, [global, trim])),
    d(binary:split(<<"aXa">>, <<"a">>, [global, trim])),
    d(binary:split(<<"aXa">>, <<"a">>, [global, trim_all])),
    d(binary:split(<<"XaaY">>, <<"a">>, [global])),
    d(binary:matches(<<"aaaa">>, <<"aa">>)),
    d(catch binary:split(<<"abc">>, <<"b">>, [global, {scope, {2, 5}}])),
    ok.
