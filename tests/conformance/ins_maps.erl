-module(ins_maps).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    M = #{a => 1, b => 2},
    d(M),
    d(M#{c => 3}),
    d(M#{a := 10}),
    #{a := A} = M,
    d(A),
    d(maps:get(b, M)),
    d(map_size(M)),
    d(is_map_key(a, M)),
    d(case M of #{b := 2} -> matched; _ -> no end),
    d(maps:to_list(maps:from_list([{K, K * K} || K <- lists:seq(1, 10)]))),
    d(catch (M#{z := 1})),
    d(#{}),
    d(#{1 => a, 1.0 => b, "s" => c, {t} => d}),
    ok.
