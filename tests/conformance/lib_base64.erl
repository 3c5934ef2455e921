-module(lib_base64).
-export([main/0]).

d(X) -> erlang:display(X).

main() ->
    d(base64:encode_to_string("hello")),
    d(base64:encode_to_string("")),
    d(base64:encode_to_string("any carnal pleasure.")),
    d(base64:decode_to_string("aGVsbG8=")),
    d(base64:mime_decode_to_string("aGVs\nbG8=")),
    ok.
