-module(bif_atom_text_utf8).
-export([main/0]).
%% Atoms and text: atom_to_binary/1,2, binary_to_atom/1,2,
%% binary_to_existing_atom/2, list_to_atom with unicode, the 255-character
%% limit, latin1 encodings of atoms that do not fit.
d(X) -> erlang:display(X).
main() ->
    As = ['', a, 'hello world', 'Ä', 'é€', '😀x', list_to_atom(lists:duplicate(255, $x)),
          list_to_atom(lists:duplicate(255, 16#20AC))],
    [d({atom_to_binary(A), catch atom_to_binary(A, latin1), atom_to_binary(A, utf8) =:= atom_to_binary(A, unicode),
        length(atom_to_list(A))}) || A <- As],
    d([binary_to_atom(B, E) || {B, E} <- [{<<"abc">>, utf8}, {<<"é"/utf8>>, utf8}, {<<233>>, latin1}]]),
    d(binary_to_atom(<<233>>, latin1) =:= binary_to_atom(<<"é"/utf8>>, utf8)),
    d([catch binary_to_atom(B, utf8) || B <- [<<255>>, <<192, 128>>, <<237, 160, 128>>, binary:copy(<<"x">>, 256),
                                               binary:copy(<<"€"/utf8>>, 256), <<1:1>>]]),
    d(catch binary_to_atom(binary:copy(<<"y">>, 256), latin1)),
    d(catch list_to_atom(lists:duplicate(256, $z))),
    d(catch list_to_atom([16#110000])),
    d(catch binary_to_existing_atom(<<"surely_not_an_existing_atom_42">>, utf8)),
    d(binary_to_existing_atom(<<"hello world">>, latin1)),
    d([catch atom_to_binary(a, E) || E <- [utf16, bad, "utf8"]]),
    d(catch atom_to_binary("a")),
    ok.
