-module(bif_binary_to_term_opts).
-export([main/0]).
%% binary_to_term/2 options (safe, used), trailing bytes, compressed terms,
%% truncated and corrupt input, sub-binaries as input.
d(X) -> erlang:display(X).
main() ->
    T = {a, [1, 2.5, <<"bin">>], #{k => "v"}, -(1 bsl 70)},
    B = term_to_binary(T),
    d(binary_to_term(B, [used]) =:= {T, byte_size(B)}),
    d(binary_to_term(<<B/binary, "trailing">>, [used]) =:= {T, byte_size(B)}),
    d(binary_to_term(<<B/binary, "trailing">>) =:= T),
    d(binary_to_term(B, [safe]) =:= T),
    New = <<131, 100, 0, 25, "surely_a_brand_new_atom_9">>,
    d(catch binary_to_term(New, [safe])),
    d(catch binary_to_term(B, [bad_option])),
    d(catch binary_to_term(B, x)),
    C = term_to_binary(lists:duplicate(1000, T), [compressed]),
    d({byte_size(C) < byte_size(term_to_binary(lists:duplicate(1000, T))), binary_to_term(C, [used]) =:= {lists:duplicate(1000, T), byte_size(C)}}),
    d([catch binary_to_term(binary:part(B, 0, N)) || N <- [0, 1, 2, 5, byte_size(B) - 1]]),
    d(catch binary_to_term(<<131, 80, 0, 0, 0, 10, 1, 2, 3>>)),
    d(catch binary_to_term(<<130, 97, 1>>)),
    <<_:8, Shifted:(byte_size(B))/binary>> = <<0, B/binary>>,
    d(binary_to_term(Shifted) =:= T),
    <<_:3, Odd:(byte_size(B))/binary, _:5>> = <<0:3, B/binary, 0:5>>,
    d(binary_to_term(Odd) =:= T),
    d(catch binary_to_term(<<B/binary, 1:1>>)),
    d(binary_to_term(term_to_binary(T, [{minor_version, 0}])) =:= T),
    d(binary_to_term(term_to_binary(T, [{minor_version, 2}])) =:= T),
    d(binary_to_term(term_to_binary(T, [deterministic, {compressed, 9}])) =:= T),
    ok.
