-module(bif_pdict).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(put(key, value)),
    d(put(key, value2)),
    d(get(key)),
    d(get(missing)),
    put(counter, 0),
    [put(counter, get(counter) + I) || I <- lists:seq(1, 100)],
    d(get(counter)),
    d(lists:sort(get_keys())),
    d(erase(key)),
    d(erase(key)),
    d(get(key)),
    ok.
