-module(lib_queue).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, [1, 2, 3, 4, 5]),
    d(queue:to_list(Q1)),
    d(queue:len(Q1)),
    {{value, H}, Q2} = queue:out(Q1),
    d({H, queue:to_list(Q2)}),
    {{value, R}, Q3} = queue:out_r(Q2),
    d({R, queue:to_list(Q3)}),
    d(queue:to_list(queue:in_r(0, Q3))),
    d(queue:out(queue:new())),
    d(queue:peek(Q1)),
    d(queue:peek_r(Q1)),
    d(queue:to_list(queue:reverse(Q1))),
    d(queue:to_list(queue:join(Q1, queue:from_list([a, b])))),
    d(queue:member(3, Q1)),
    d(queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 1 end, Q1))),
    d(drain(lists:foldl(fun queue:in/2, queue:new(), lists:seq(1, 10000)), 0)),
    d(queue:is_empty(queue:new())),
    ok.

drain(Q, Acc) ->
    case queue:out(Q) of
        {{value, X}, Q2} -> drain(Q2, Acc + X);
        {empty, _} -> Acc
    end.
