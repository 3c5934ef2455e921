-module(ins_receive).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    self() ! one,
    self() ! {two, 2},
    d(receive {two, N} -> N end),
    d(receive one -> got_one end),
    d(receive X -> X after 0 -> timeout end),
    Pid = spawn(fun() -> receive {From, Msg} -> From ! {echo, Msg} end end),
    Pid ! {self(), hi},
    d(receive {echo, M} -> M after 5000 -> no_echo end),
    ok.
