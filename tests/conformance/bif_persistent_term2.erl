-module(bif_persistent_term2).
-export([main/0]).
%% persistent_term: put/get/erase/info semantics.
d(X) -> erlang:display(X).
e(F) -> try F() catch C:R:S -> {C, R, info(S)} end.
info([{M, F, A, L} | _]) -> {M, F, length(A), proplists:get_value(error_info, L, none)};
info(_) -> none.
main() ->
    #{count := C0} = persistent_term:info(),
    d(persistent_term:put({?MODULE, a}, 1)),
    d(persistent_term:get({?MODULE, a})),
    d(persistent_term:put({?MODULE, a}, [1, 2, 3])),
    d(persistent_term:get({?MODULE, a})),
    d(persistent_term:put({?MODULE, a}, [1, 2, 3])),
    d(persistent_term:get({?MODULE, b}, default)),
    d(e(fun() -> persistent_term:get({?MODULE, b}) end)),
    persistent_term:put({?MODULE, bin}, <<0:8000>>),
    persistent_term:put({?MODULE, map}, #{k => v}),
    #{count := C1} = persistent_term:info(),
    d(C1 - C0),
    d(lists:sort([K || {{?MODULE, _} = K, _} <- persistent_term:get()])),
    d(persistent_term:erase({?MODULE, a})),
    d(persistent_term:erase({?MODULE, a})),
    d(persistent_term:get({?MODULE, a}, gone)),
    #{count := C2} = persistent_term:info(),
    d(C2 - C0),
    d(persistent_term:put(1.0, float_key)),
    d({persistent_term:get(1.0), persistent_term:get(1, int_absent)}),
    d(persistent_term:erase(1.0)),
    Self = self(),
    spawn(fun() -> Self ! {seen, persistent_term:get({?MODULE, map})} end),
    receive {seen, M} -> d(M) end,
    d(e(fun() -> persistent_term:get() =:= x end)),
    d(is_map(persistent_term:info())),
    d(maps:keys(persistent_term:info())),
    [persistent_term:erase({?MODULE, K}) || K <- [bin, map]],
    #{count := C3} = persistent_term:info(),
    d(C3 - C0),
    ok.
