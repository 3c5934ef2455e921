%% boot-check: loaded from $APPS/ezt.ez (tools/boot-check packs the test
%% applications into archives with the stock zip module).
-module(ezt).
-export([hello/0, priv_file/0]).

hello() -> {hello_from, ?MODULE, ezt_helper:twice(21)}.

priv_file() ->
    Dir = code:priv_dir(ezt),
    erl_prim_loader:get_file(filename:join(Dir, "data.txt")).
