-module(bif_ext_options).
-export([main/0]).
%% term_to_binary/2 options, binary_to_term/2 (used, safe), external_size.
main() ->
    T = {hello, [1, 2.5, <<"bin">>], #{k => v}, 12345678901234567890},
    erlang:display(term_to_binary(T, [{minor_version, 0}])),
    erlang:display(term_to_binary(T, [{minor_version, 2}])),
    erlang:display(term_to_binary(lists:seq(1, 50), [compressed])),
    erlang:display(term_to_binary(lists:duplicate(100, x), [{compressed, 9}])),
    erlang:display(term_to_binary(T, [deterministic])),
    erlang:display(binary_to_term(term_to_binary(T, [compressed]))),
    B = <<(term_to_binary(T))/binary, "trailing">>,
    erlang:display(binary_to_term(B, [used])),
    erlang:display(binary_to_term(B)),
    erlang:display(catch binary_to_term(<<131, 100, 0, 9, "not_known">>, [safe])),
    erlang:display(binary_to_term(<<131, 100, 0, 5, "hello">>, [safe])),
    erlang:display(catch binary_to_term(<<131, 1, 2>>)),
    erlang:display(catch term_to_binary(T, [bogus])),
    erlang:display(catch binary_to_term(term_to_binary(T), [bogus])),
    erlang:display({erlang:external_size(T), erlang:external_size(T, [{minor_version, 0}])}),
    erlang:display(catch erlang:external_size(T, [{minor_version, 2}])),
    ok.
