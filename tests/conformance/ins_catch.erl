-module(ins_catch).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(catch 1 + 2),
    d(catch throw(hello)),
    d(catch exit(bye)),
    d(catch exit({shutdown, reason})),
    d(catch error(oops)),
    d(catch {ok, throw({a, b})}),
    d(catch catch throw(twice)),
    d(catch [1, 2 | catch throw(tail)]),
    d(catch element(2, {a, b})),
    d(catch list_to_atom("made_by_catch")),
    X = (catch throw(42)) + 1,
    d(X),
    d(catch_in_loop(5, [])),
    d(catch (catch exit(inner)) ++ ""),
    ok.

catch_in_loop(0, Acc) -> lists:reverse(Acc);
catch_in_loop(N, Acc) ->
    R = catch (case N rem 2 of 0 -> throw({even, N}); 1 -> {odd, N} end),
    catch_in_loop(N - 1, [R | Acc]).
