-module(ins_guards_exotic).
-export([main/0]).

d(X) -> erlang:display(X).

%% Type tests on binaries, maps, pids and references.
main() ->
    Values = [<<>>, <<1, 2>>, <<1:3>>, #{}, #{a => 1}, self(), make_ref()],
    [d(types(V)) || V <- Values],
    d(kind(<<"abc">>)),
    d(kind(<<1:1>>)),
    d(kind(#{k => v})),
    d(kind(self())),
    d(kind(make_ref())),
    d(kind(42)),
    ok.

types(V) ->
    [T || {T, true} <- [{atom, is_atom(V)}, {binary, is_binary(V)}, {bitstring, is_bitstring(V)},
                        {map, is_map(V)}, {pid, is_pid(V)}, {port, is_port(V)},
                        {reference, is_reference(V)}, {tuple, is_tuple(V)}]].

kind(B) when is_binary(B), byte_size(B) > 2 -> long_binary;
kind(B) when is_bitstring(B), bit_size(B) < 8 -> short_bitstring;
kind(M) when is_map(M), map_size(M) =:= 1 -> singleton_map;
kind(P) when is_pid(P) -> pid;
kind(R) when is_reference(R) -> ref;
kind(_) -> other.
