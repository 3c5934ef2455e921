-module(t_ext_term).
-export([main/0]).
%% term_to_binary and binary_to_term of a large nested term (about 14 MB
%% encoded), 3 round trips, plain and compressed once.
main() ->
    Term = [{I, integer_to_binary(I), [I * 1.5, atom_of(I), "str"],
             #{id => I, tags => [a, b], bin => <<I:64>>}, {nested, {deeper, [I]}}}
            || I <- lists:seq(1, 100000)],
    T0 = erlang:monotonic_time(microsecond),
    Sizes = [begin
                 B = term_to_binary(Term),
                 Term = binary_to_term(B),
                 byte_size(B)
             end || _ <- [1, 2, 3]],
    C = term_to_binary(Term, [compressed]),
    Term = binary_to_term(C),
    erlang:display({Sizes, erlang:phash2(binary_to_term(term_to_binary(Term)))}),
    erlang:display(erlang:monotonic_time(microsecond) - T0).

atom_of(I) -> element(I rem 3 + 1, {alpha, beta, gamma}).
