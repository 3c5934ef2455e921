-module(lib_queue2).
-export([main/0]).

main() ->
    Q0 = queue:new(),
    Q1 = lists:foldl(fun queue:in/2, Q0, lists:seq(1, 10)),
    erlang:display(queue:to_list(Q1)),
    erlang:display({queue:len(Q1), queue:is_empty(Q1), queue:is_queue(Q1)}),
    {{value, H}, Q2} = queue:out(Q1),
    erlang:display({H, queue:to_list(Q2)}),
    {{value, T}, Q3} = queue:out_r(Q2),
    erlang:display({T, queue:to_list(Q3)}),
    erlang:display(queue:out(queue:new())),
    Q4 = queue:in_r(0, Q3),
    erlang:display(queue:to_list(Q4)),
    erlang:display(queue:to_list(queue:reverse(Q4))),
    erlang:display(queue:to_list(queue:join(Q4, queue:from_list([a, b])))),
    {A, B} = queue:split(3, Q4),
    erlang:display({queue:to_list(A), queue:to_list(B)}),
    erlang:display(queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q4))),
    erlang:display(queue:to_list(queue:filter(fun(X) -> [X, X] end, queue:from_list([1, 2])))),
    erlang:display({queue:peek(Q4), queue:peek_r(Q4), queue:get(Q4), queue:get_r(Q4)}),
    erlang:display(queue:member(5, Q4)),
    erlang:display(queue:to_list(queue:drop(Q4))),
    erlang:display(queue:to_list(queue:drop_r(Q4))),
    erlang:display(queue:head(Q4)),
    erlang:display(queue:last(Q4)),
    erlang:display(queue:to_list(queue:cons(x, Q4))),
    erlang:display(queue:to_list(queue:snoc(Q4, y))),
    erlang:display(queue:all(fun is_integer/1, Q4)),
    erlang:display(queue:any(fun(X) -> X > 8 end, Q4)),
    erlang:display(queue:fold(fun(X, Acc) -> X + Acc end, 0, Q4)),
    erlang:display(queue:to_list(queue:delete(5, Q4))),
    erlang:display(catch queue:get(queue:new())),
    erlang:display(Q4),
    Big = lists:foldl(fun(I, Q) -> queue:in(I, Q) end, queue:new(), lists:seq(1, 10000)),
    Drained = drain(Big, 0),
    erlang:display(Drained),
    ok.

drain(Q, Acc) ->
    case queue:out(Q) of
        {empty, _} -> Acc;
        {{value, V}, Q1} -> drain(Q1, Acc + V)
    end.
