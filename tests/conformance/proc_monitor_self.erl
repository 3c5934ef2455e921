-module(proc_monitor_self).
-export([main/0]).
%% Monitoring oneself gives a monitor that never fires; demonitor works.
main() ->
    M = monitor(process, self()),
    erlang:display(is_reference(M)),
    receive X -> erlang:display({unexpected, X}) after 20 -> erlang:display(no_message) end,
    erlang:display(demonitor(M, [info])),
    link(self()),
    erlang:display(process_info(self(), links)),
    erlang:display(unlink(self())),
    ok.
