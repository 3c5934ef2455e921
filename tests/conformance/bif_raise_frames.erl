-module(bif_raise_frames).
-export([main/0]).
main() ->
    erlang:display(catch erlang:raise(error, x, [{a,b,0}, {a,b,[1],[]}, {a,b,1,[{line,3}]}])),
    erlang:display(catch erlang:raise(error, x, [{a,b,c,d}])),
    erlang:display(catch erlang:raise(error, x, [{a,b,0,[{line,3}|x]}])),
    erlang:display(catch erlang:raise(error, x, [{lists,foo}])).
