-module(lib_uri_string_ops).
-export([main/0]).
%% The stock uri_string module: parse, recompose, normalize, resolve,
%% queries, transcode, percent-encoding with unicode.
d(X) -> erlang:display(X).
main() ->
    Uris = ["http://user:pw@example.com:8080/a/b/../c?q=1&r=%20x#frag", <<"https://example.com">>,
            "foo://[::1]:80/p", "mailto:someone@example.org", "/relative/path?x", "urn:isbn:0451450523",
            <<"http://h/%E2%82%AC?k=v%2">>, "http://exa mple.com", "HTTP://Example.COM:80/%7Euser/./a//b",
            [104, 116, 116, 112, 58, 47, 47, 104, 47, 8364]],
    [d({U, uri_string:parse(U)}) || U <- Uris],
    [d({U, catch uri_string:normalize(U)}) || U <- Uris],
    d(uri_string:recompose(#{scheme => "https", host => "h", port => 443, path => "/x y", query => "a=1"})),
    d(uri_string:resolve("../d?y", "http://a/b/c/e")),
    d(uri_string:resolve(<<"//other/p">>, <<"http://a/b">>)),
    d(uri_string:compose_query([{"a", "1"}, {"b c", "d&e"}, {"k", true}])),
    d(uri_string:compose_query([{<<"é"/utf8>>, <<"€"/utf8>>}], [{encoding, utf8}])),
    d(uri_string:dissect_query("a=1&b=c+d&e=%E2%82%AC&f")),
    d(uri_string:dissect_query(<<"x=%zz">>)),
    d(uri_string:transcode(<<"a%E2%82%AC">>, [{in_encoding, utf8}, {out_encoding, utf16}])),
    d(uri_string:normalize("http://a/b/%7e", [return_map])),
    ok.
