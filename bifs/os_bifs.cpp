// os module BIFs.
#include <cstdlib>
#include <string>

#include <unistd.h>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/os_signals.hpp"
#include "vm/utf8.hpp"

extern char** environ;

namespace openbeam::bifs {

using namespace vm;

// os:set_signal(Signal, handle | default | ignore) -> ok (vm/os_signals.hpp).
Term os_set_signal_2(Process* p, Term* a) {
  Term how = a[1];
  if (how != atom("handle") && how != atom("default") && how != atom("ignore")) return badarg_cause(p, atoms::am_badopt);
  if (!set_os_signal(a[0], how)) return badarg(p);
  return atoms::am_ok;
}

Term os_getenv_1(Process* p, Term* a) {
  std::string name;
  if (!char_list_utf8(a[0], name)) return badarg(p);
  const char* v = std::getenv(name.c_str());
  if (!v) return atoms::am_false;
  return make_char_list_utf8(p, v);
}

Term os_getenv_0(Process* p, Term*) {
  std::vector<Term> vars;
  for (char** e = environ; e && *e; e++) vars.push_back(make_char_list_utf8(p, *e));
  return make_list_from(p, vars.data(), vars.size());
}

Term os_putenv_2(Process* p, Term* a) {
  std::string k, v;
  if (!char_list_utf8(a[0], k) || !char_list_utf8(a[1], v) || k.empty() || k.find('=') != std::string::npos) {
    return badarg(p);
  }
  ::setenv(k.c_str(), v.c_str(), 1);
  return atoms::am_true;
}

Term os_unsetenv_1(Process* p, Term* a) {
  std::string k;
  if (!char_list_utf8(a[0], k)) return badarg(p);
  ::unsetenv(k.c_str());
  return atoms::am_true;
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// os:getpid/0: the OS process id as a string.
Term os_getpid_0(Process* p, Term*) { return make_char_list_utf8(p, std::to_string(::getpid())); }

}  // namespace openbeam::bifs
