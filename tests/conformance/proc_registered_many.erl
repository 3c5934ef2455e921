-module(proc_registered_many).
-export([main/0]).
%% 2,000 registered processes: names resolve, messages by name arrive,
%% names disappear with their processes.
main() ->
    Self = self(),
    Names = [list_to_atom("proc_reg_" ++ integer_to_list(I)) || I <- lists:seq(1, 2000)],
    Pids = [begin P = spawn(fun() -> receive {ping, From} -> From ! {pong, N} end end), register(N, P), P end || N <- Names],
    erlang:display(lists:all(fun({N, P}) -> whereis(N) =:= P end, lists:zip(Names, Pids))),
    erlang:display(length([N || N <- registered(), lists:member(N, Names)])),
    [N ! {ping, Self} || N <- Names],
    Got = [receive {pong, N} -> N end || N <- Names],
    erlang:display(Got =:= Names),
    receive after 50 -> ok end,
    erlang:display(lists:all(fun(N) -> whereis(N) =:= undefined end, Names)),
    erlang:display(length([N || N <- registered(), lists:member(N, Names)])),
    ok.
