%% erlang:error/exit/throw reached through a tail apply (dynamic M:F or
%% erlang:apply/3 with a dynamic argument list) raise from the applying
%% function: its frame heads the stack trace, as in erl. Other BIFs show
%% their own {M, F, Args}; funs applied in tail position leave no frame.
%% error/2,3 with a non-list Args show the arity.
-module(exc_tail_apply_site).
-export([main/0, tail_apply/3, body_apply/3, t_fun/2, t_apply2/2, t_dyn/2, t_err2/1]).

tail_apply(M, F, A) -> apply(M, F, A).
body_apply(M, F, A) -> R = apply(M, F, A), {R}.
t_fun(F, A) -> F(A).
t_apply2(F, A) -> apply(F, A).
t_dyn(F, A) -> apply(erlang, F, A).
t_err2(X) -> apply(erlang, error, [X, [a]]).

show(F) ->
    try F() catch C:R:S ->
        erlang:display({C, R, lists:sublist([{M1, F1, A1} || {M1, F1, A1, _} <- S], 2)})
    end.

main() ->
    show(fun() -> tail_apply(erlang, error, [boom]) end),
    show(fun() -> tail_apply(erlang, throw, [t]) end),
    show(fun() -> tail_apply(erlang, exit, [e]) end),
    show(fun() -> body_apply(erlang, error, [boom]) end),
    show(fun() -> tail_apply(lists, reverse, [x]) end),
    show(fun() -> tail_apply(erlang, atom_to_list, [1]) end),
    show(fun() -> t_fun(fun erlang:error/1, boom) end),
    show(fun() -> t_apply2(fun erlang:error/1, [boom]) end),
    show(fun() -> t_dyn(error, [boom]) end),
    show(fun() -> t_dyn(throw, [boom]) end),
    show(fun() -> t_dyn(error, [boom, none]) end),
    show(fun() -> t_dyn(error, [boom, bad]) end),
    show(fun() -> t_dyn(error, [boom, bad, bad]) end),
    show(fun() -> t_dyn(error, [boom, [1, 2], [{error_info, #{}}]]) end),
    show(fun() -> erlang:error(boom, bad) end),
    show(fun() -> t_err2(x) end),
    {P, Ref} = spawn_monitor(fun() -> tail_apply(erlang, error, [boom]) end),
    receive {'DOWN', Ref, process, P, {R, [{M, F, A, _} | _]}} -> erlang:display({R, M, F, A}) end,
    ok.
