-module(bif_unicode_list_sliced).
-export([main/0]).

%% unicode:characters_to_list of UTF-8 binaries longer than one slice (the
%% list is built from the end, slice by slice, cut at character
%% boundaries): 1- to 4-byte characters straddling the cuts, sub-binaries,
%% and inputs with errors (converted in one go).

d(X) -> erlang:display(X).

summary(L) when is_list(L) -> {length(L), erlang:phash2(L), lists:sublist(L, 4), lists:nthtail(max(0, length(L) - 3), L)};
summary(Other) -> Other.

main() ->
    Units = [<<"a">>, <<"\x{e9}"/utf8>>, <<"\x{20ac}"/utf8>>, <<"\x{1f600}"/utf8>>],
    [d({N, U, summary(unicode:characters_to_list(binary:copy(<<U/binary, (binary:copy(<<"x">>, N))/binary>>, 30000 div (N + 1))))})
     || U <- Units, N <- [0, 1, 2, 6]],
    Big = binary:copy(<<"ab\x{e9}\x{1f600}"/utf8>>, 20000),
    d(summary(unicode:characters_to_list(Big))),
    d(summary(unicode:characters_to_list(binary:part(Big, 1, 70000)))),
    d(summary(unicode:characters_to_list(binary:part(Big, 0, 70001)))),
    <<_:8, Sub:100000/binary, _/binary>> = Big,
    d(summary(unicode:characters_to_list(Sub))),
    Bad = <<(binary:copy(<<"\x{e9}"/utf8>>, 40000))/binary, 255, "tail">>,
    {error, L, Rest} = unicode:characters_to_list(Bad),
    d({summary(L), Rest}),
    {incomplete, L2, Rest2} = unicode:characters_to_list(binary:part(Big, 0, 99999)),
    d({summary(L2), Rest2}),
    d(summary(unicode:characters_to_list(Big, utf8))),
    d(summary(unicode:characters_to_list(Big, unicode))),
    ok.
