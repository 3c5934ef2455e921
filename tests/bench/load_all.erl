%% Loader benchmark, reference side: read and prepare (decode, transform,
%% but not commit) every stock .beam file, like `openbeam --load` does.
%% Prints: <modules> <seconds>.
-module(load_all).
-export([main/1]).

main(Files) ->
    T0 = erlang:monotonic_time(),
    N = lists:foldl(fun(F, Acc) ->
                            {ok, Bin} = file:read_file(F),
                            Mod = list_to_atom(filename:basename(F, ".beam")),
                            case erlang:prepare_loading(Mod, Bin) of
                                {error, _} -> Acc;
                                _ -> Acc + 1
                            end
                    end, 0, Files),
    T1 = erlang:monotonic_time(),
    io:format("~w ~.3f~n", [N, erlang:convert_time_unit(T1 - T0, native, microsecond) / 1.0e6]),
    halt().
