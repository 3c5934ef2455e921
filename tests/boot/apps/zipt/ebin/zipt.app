{application, zipt,
 [{description, "boot-check: the stock zip module on files"},
  {vsn, "1.0"},
  {modules, [zipt]},
  {registered, []},
  {applications, [kernel, stdlib]}]}.
