-module(proc_cancel_timer).
-export([main/0]).
%% cancel_timer/1,2 and read_timer/1,2: remaining times, false once fired
%% or cancelled, the async and info options.
main() ->
    R = erlang:send_after(500, self(), never),
    Left = erlang:read_timer(R),
    erlang:display(is_integer(Left) andalso Left > 400 andalso Left =< 500),
    C = erlang:cancel_timer(R),
    erlang:display(is_integer(C) andalso C > 400 andalso C =< 500),
    erlang:display(erlang:cancel_timer(R)),
    erlang:display(erlang:read_timer(R)),
    receive never -> erlang:display(got_cancelled) after 30 -> erlang:display(not_delivered) end,
    R2 = erlang:send_after(5, self(), fired),
    receive fired -> ok end,
    erlang:display(erlang:read_timer(R2)),
    erlang:display(erlang:cancel_timer(R2)),
    R3 = erlang:start_timer(500, self(), x),
    erlang:display(erlang:cancel_timer(R3, [{async, false}, {info, false}])),
    erlang:display(erlang:cancel_timer(R3, [{info, true}])),
    R4 = erlang:start_timer(500, self(), y),
    erlang:display(erlang:cancel_timer(R4, [{async, true}])),
    receive {cancel_timer, Ref4, Res4} -> erlang:display({cancel_msg, is_reference(Ref4), is_integer(Res4)}) end,
    erlang:display(erlang:cancel_timer(R4, [{async, true}, {info, true}])),
    receive {cancel_timer, _, Res5} -> erlang:display({cancel_msg, Res5}) end,
    erlang:display(erlang:cancel_timer(R4, [{async, true}, {info, false}])),
    receive Any -> erlang:display({unexpected, Any}) after 20 -> erlang:display(no_msg) end,
    R6 = erlang:send_after(300, self(), z),
    erlang:display(erlang:read_timer(R6, [{async, false}]) > 200),
    erlang:display(erlang:read_timer(R6, [{async, true}])),
    receive {read_timer, _, V6} -> erlang:display(V6 > 200) end,
    erlang:cancel_timer(R6),
    erlang:display(catch erlang:cancel_timer(not_a_ref)),
    erlang:display(catch erlang:read_timer(not_a_ref)),
    erlang:display(erlang:cancel_timer(make_ref_like())),
    ok.
%% A reference that is not a timer: a monitor reference.
make_ref_like() -> monitor(process, self()).
