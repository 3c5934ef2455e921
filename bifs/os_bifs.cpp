// os module BIFs.
#include <cstdlib>
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/utf8.hpp"

extern char** environ;

namespace openbeam::bifs {

using namespace vm;

// A flat character list (no deep lists yet) as UTF-8 text; false if not one.
static bool chars_text(Term l, std::string& out) {
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 0x10FFFF) return false;
    utf8_append(out, uint32_t(small_value(c)));
  }
  return is_nil(l);
}

static Term text_chars(Process* p, const std::string& s) {
  std::vector<Term> cs;
  for (uint32_t cp : utf8_code_points(s)) cs.push_back(make_small(cp));
  return make_list_from(p, cs.data(), cs.size());
}

Term os_getenv_1(Process* p, Term* a) {
  std::string name;
  if (!chars_text(a[0], name)) return badarg(p);
  const char* v = std::getenv(name.c_str());
  if (!v) return atoms::am_false;
  return text_chars(p, v);
}

Term os_getenv_0(Process* p, Term*) {
  std::vector<Term> vars;
  for (char** e = environ; e && *e; e++) vars.push_back(text_chars(p, *e));
  return make_list_from(p, vars.data(), vars.size());
}

Term os_putenv_2(Process* p, Term* a) {
  std::string k, v;
  if (!chars_text(a[0], k) || !chars_text(a[1], v) || k.empty() || k.find('=') != std::string::npos) {
    return badarg(p);
  }
  ::setenv(k.c_str(), v.c_str(), 1);
  return atoms::am_true;
}

Term os_unsetenv_1(Process* p, Term* a) {
  std::string k;
  if (!chars_text(a[0], k)) return badarg(p);
  ::unsetenv(k.c_str());
  return atoms::am_true;
}

}  // namespace openbeam::bifs
