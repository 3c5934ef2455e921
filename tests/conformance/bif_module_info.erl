-module(bif_module_info).
-export([main/0, exported/0, exported/2]).
-my_attr([1, 2]).

exported() -> ok.
exported(_, _) -> ok.

main() ->
    erlang:display(lists:sort(?MODULE:module_info(exports))),
    erlang:display(?MODULE:module_info(module)),
    erlang:display(lists:keyfind(my_attr, 1, ?MODULE:module_info(attributes))),
    erlang:display(lists:sort(erlang:get_module_info(?MODULE, exports))),
    erlang:display(erlang:function_exported(?MODULE, exported, 2)),
    erlang:display(erlang:function_exported(?MODULE, exported, 1)),
    erlang:display(erlang:function_exported(?MODULE, main, 0)),
    erlang:display(erlang:function_exported(lists, reverse, 2)),
    erlang:display(erlang:is_builtin(erlang, element, 2)),
    erlang:display(erlang:is_builtin(lists, map, 2)),
    erlang:display(erlang:module_loaded(?MODULE)),
    erlang:display(erlang:module_loaded(no_such_mod_xyz)),
    erlang:display(catch erlang:function_exported("x", y, 1)),
    erlang:display(proplists:get_value(version, ?MODULE:module_info(attributes)) =/= undefined),
    erlang:display(is_list(?MODULE:module_info(compile))),
    erlang:display(lists:member({module_info, 1}, ?MODULE:module_info(exports))),
    erlang:display(catch ?MODULE:module_info(bogus)),
    ok.
