{application, ezt,
 [{description, "boot-check: an application loaded from an .ez archive"},
  {vsn, "2.5"},
  {modules, [ezt, ezt_helper]},
  {registered, []},
  {applications, [kernel, stdlib]},
  {env, [{from, archive}]}]}.
