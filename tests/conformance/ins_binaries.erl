-module(ins_binaries).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    B = <<1, 2, 3>>,
    d(B),
    d(byte_size(B)),
    <<X, Rest/binary>> = B,
    d({X, Rest}),
    d(<<"hello">>),
    d(<<256:16, -1:8/signed, 1.5/float>>),
    <<A:4, C:4>> = <<16#AB>>,
    d({A, C}),
    d(<<1:1, 0:3>>),
    d(<< <<(N * 2)>> || N <- [1, 2, 3] >>),
    d([N || <<N>> <= <<4, 5, 6>>]),
    d(binary_to_list(<<"abc">>)),
    d(list_to_binary([1, [2, <<3>>], 4])),
    ok.
