-module(bif_pdict2).
-export([main/0]).

main() ->
    erlang:display(put(a, 1)),
    erlang:display(put(a, 2)),
    erlang:display(get(a)),
    erlang:display(get(missing)),
    put({complex, key}, [v]),
    put(<<"bin">>, b),
    put(3, three),
    erlang:display(get({complex, key})),
    erlang:display(lists:sort(get_keys())),
    put(other, 2),
    erlang:display(lists:sort(get_keys(2))),
    erlang:display(erase(a)),
    erlang:display(erase(a)),
    erlang:display(get(a)),
    erlang:display(lists:sort(erase())),
    erlang:display(get()),
    [put(I, I * I) || I <- lists:seq(1, 1000)],
    erlang:display(get(999)),
    erlang:display(length(get_keys())),
    erlang:display(lists:sum([V || {_, V} <- get()])),
    ok.
