-module(lib_re_version).
-export([main/0]).
%% re:version/0 names the PCRE library: erl's PCRE 8.44, OpenBEAM's PCRE2.
main() ->
    erlang:display(re:version()),
    ok.
