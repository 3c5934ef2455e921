-module(lib_re_pcre8_differences).
-export([main/0]).

%% Where PCRE 8 (ERTS) and PCRE2 (OpenBEAM) would disagree on compiling:
%% patterns PCRE 8 accepts and PCRE2 rejects (a hyphen after a class escape
%% in a character class), error texts PCRE2 lacks (\g, \g0) and error
%% offsets (unknown properties, variable-length lookbehinds).

d(X) -> erlang:display(X).

main() ->
    [d({P, case re:compile(P) of
               {ok, _} -> ok;
               Error -> Error
           end})
     || P <- ["(?<=a|bc)", "[\\d-z]", "\\g", "\\gx", "a\\g", "\\g{", "\\g0", "\\p{Xyz}", "a\\P{Foo}",
              "(?<=a+)b", "x(?<=a+)b", "(?<=a|b+)c", "(?<=(a+))", "(?<=a)(?<=b*)", "[a\\d-]", "[\\w-\\d]",
              "[[:alpha:]-z]", "[\\s-]", "[^\\d-z]x[", "[\\p{L}-z]", "[\\Q\\d\\E-z]", "(?#[)[\\d-z]",
              "[]\\d-z]", "[\\d-z]("]],
    d(re:run(<<"a-b5z">>, <<"[\\d-z]+">>, [global, {capture, all, binary}])),
    d(re:run(<<"x-y">>, <<"[[:alpha:]-]+">>, [{capture, all, binary}])),
    d(re:replace(<<"1-2">>, <<"[\\w-]">>, <<"_">>, [global, {return, binary}])),
    ok.
