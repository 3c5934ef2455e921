-module(bif_external_size_terms).
-export([main/0]).
%% erlang:external_size/1,2 agrees with term_to_binary (minor versions 0
%% and 1) on every kind of term; only {minor_version, 0|1} is an option.
d(X) -> erlang:display(X).
main() ->
    Terms = [0, 255, 256, -1, 1 bsl 31, 1 bsl 64, -(1 bsl 2000), 1.5, -0.0, a, 'äö', '€', [], "abc",
             lists:seq(1, 70000), [a | b], {}, list_to_tuple(lists:seq(1, 300)), <<>>, <<1:3>>,
             binary:copy(<<"x">>, 100000), #{}, maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
             fun lists:map/2, self(), {[<<"a">>], #{k => [1.0]}}],
    [d({erlang:external_size(T), byte_size(term_to_binary(T)), erlang:external_size(T, [{minor_version, 0}]),
        byte_size(term_to_binary(T, [{minor_version, 0}])), erlang:external_size(T, [{minor_version, 1}])}) || T <- Terms],
    d([catch erlang:external_size(a, O) || O <- [[{minor_version, 2}], [deterministic], [compressed], x,
                                          [{minor_version, 0}, {minor_version, 1}], [{minor_version, -1}]]]),
    ok.
