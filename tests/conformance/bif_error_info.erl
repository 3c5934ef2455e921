-module(bif_error_info).
-export([main/0]).

d(X) -> erlang:display(X).

%% Full stack traces of failing BIFs, with their error_info annotations.
main() ->
    d(catch element(0, {})),
    d(catch atom_to_list(1)),
    d(catch list_to_atom(x)),
    d(catch integer_to_list(x)),
    d(catch list_to_integer("x")),
    d(catch tuple_size(x)),
    d(catch hd(x)),
    d(catch length(x)),
    d(catch setelement(9, {}, x)),
    d(catch (x + 1)),
    d(catch (1 bsl x)),
    d(catch abs(x)),
    ok.
