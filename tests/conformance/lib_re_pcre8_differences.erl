-module(lib_re_pcre8_differences).
-export([main/0]).

%% Where PCRE 8 (ERTS) and PCRE2 (OpenBEAM) disagree on compiling: patterns
%% PCRE 8 accepts and PCRE2 rejects, and error offsets.

d(X) -> erlang:display(X).

main() ->
    [d(case re:compile(P) of
           {ok, _} -> ok;
           Error -> Error
       end) || P <- ["(?<=a|bc)", "[\\d-z]", "\\g", "\\p{Xyz}", "(?<=a+)b"]],
    d(re:version()),
    ok.
