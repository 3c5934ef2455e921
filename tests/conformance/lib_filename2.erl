-module(lib_filename2).
-export([main/0]).

main() ->
    erlang:display(filename:join(["usr", "lib", "erlang"])),
    erlang:display(filename:join("/a/b", "../c")),
    erlang:display(filename:join(["/", "x", "/y"])),
    erlang:display(filename:split("/usr/local/lib/file.tar.gz")),
    erlang:display(filename:split("rel/path/")),
    erlang:display(filename:basename("/a/b/c.erl")),
    erlang:display(filename:basename("/a/b/c.erl", ".erl")),
    erlang:display(filename:basename("/a/b/")),
    erlang:display(filename:dirname("/a/b/c.erl")),
    erlang:display(filename:dirname("c.erl")),
    erlang:display(filename:extension("archive.tar.gz")),
    erlang:display(filename:extension("noext")),
    erlang:display(filename:rootname("/a/b.erl")),
    erlang:display(filename:rootname("/a/b.erl", ".erl")),
    erlang:display(filename:rootname("/a/b.beam", ".erl")),
    erlang:display(filename:absname("x/y", "/base")),
    erlang:display(filename:absname_join("/base", "rel")),
    erlang:display([filename:pathtype(P) || P <- ["/abs", "rel", "./dot"]]),
    erlang:display(filename:flatten(["a", [$b, 'c'], "d"])),
    erlang:display(filename:nativename("/a//b/")),
    erlang:display(filename:join(<<"a">>, <<"b">>)),
    erlang:display(filename:basename(<<"/x/y.z">>)),
    erlang:display(filename:split(<<"/p/q">>)),
    ok.
