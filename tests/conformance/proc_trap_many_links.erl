-module(proc_trap_many_links).
-export([main/0]).
%% One trapping process linked to 1,000 children that end in different
%% ways: every exit arrives once, with its reason.
main() ->
    process_flag(trap_exit, true),
    Kids = [{spawn_link(fun() -> finish(I) end), I} || I <- lists:seq(1, 1000)],
    Reasons = [receive {'EXIT', P, R} -> classify(R) end || {P, _} <- Kids],
    erlang:display(lists:foldl(fun(R, Acc) -> orddict:update_counter(R, 1, Acc) end, [], Reasons)),
    erlang:display(process_info(self(), links)),
    erlang:display(receive X -> {extra, X} after 20 -> none end),
    ok.
finish(I) when I rem 4 =:= 0 -> ok;
finish(I) when I rem 4 =:= 1 -> exit({code, I rem 3});
finish(I) when I rem 4 =:= 2 -> erlang:error(badthing);
finish(_) -> exit(self(), kill).
classify({badthing, _Stack}) -> badthing;
classify(R) -> R.
