{application, bt,
 [{description, "boot-check test application"},
  {vsn, "1.0"},
  {modules, [bt_app, bt_sup, bt_worker]},
  {registered, [bt_sup, bt_worker]},
  {applications, [kernel, stdlib]},
  {mod, {bt_app, []}},
  {env, [{greeting, hello}, {count, 3}]}]}.
