{application, etsb,
 [{description, "boot-check ETS helpers (ets:i/0, tab2file/file2tab)"},
  {vsn, "1.0"},
  {modules, [etsb]},
  {registered, []},
  {applications, [kernel, stdlib]}]}.
