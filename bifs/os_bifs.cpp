// os module BIFs.
#include <cstdlib>
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"

extern char** environ;

namespace openbeam::bifs {

using namespace vm;

// A flat character list (no deep lists yet) as UTF-8 text; false if not one.
static bool chars_text(Term l, std::string& out) {
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c) || small_value(c) < 0 || small_value(c) > 0x10FFFF) return false;
    uint32_t cp = uint32_t(small_value(c));
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp < 0x800) {
      out.push_back(char(0xC0 | (cp >> 6)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(char(0xE0 | (cp >> 12)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(char(0xF0 | (cp >> 18)));
      out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(char(0x80 | (cp & 0x3F)));
    }
  }
  return is_nil(l);
}

static Term text_chars(Process* p, const std::string& s) {
  std::vector<Term> cs;
  for (size_t i = 0; i < s.size();) {
    uint8_t c = uint8_t(s[i]);
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); k++) cp = (cp << 6) | (uint8_t(s[i + k]) & 0x3F);
    cs.push_back(make_small(cp));
    i += n;
  }
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
