-module(lib_re_latin1_tables).
-export([main/0]).
%% Without the unicode option erl's PCRE uses ISO-8859-1 character tables:
%% bytes C0..FF (but D7, F7) are letters for \w, \b, [[:alpha:]] and
%% caseless matching folds them.
d(X) -> erlang:display(X).
main() ->
    S = <<"h", 195, 169, "!", 233, 201, 215>>,
    d(re:run(S, <<"\\w+">>, [global])),
    d(re:run(S, <<"\\b">>, [global])),
    d(re:run(S, <<"[[:alpha:]]+">>, [global])),
    d(re:run(<<201>>, <<233>>, [caseless])),
    d(re:run(<<233, $t, 233>>, <<201, $T, 201>>, [caseless])),
    d(catch re:run(S, <<"\\w+">>, [global, unicode])),
    ok.
