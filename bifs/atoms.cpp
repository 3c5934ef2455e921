// Atom conversion BIFs.
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_atom_to_list(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  std::string_view s = atom_text(a[0]);
  std::vector<Term> cps;
  for (size_t i = 0; i < s.size();) {
    uint8_t c = uint8_t(s[i]);
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (uint8_t(s[i + k]) & 0x3F);
    cps.push_back(make_small(cp));
    i += n;
  }
  return make_list_from(p, cps.data(), cps.size());
}

// UTF-8 text of a list of code points; false if it is not one.
static bool chars_to_utf8(Term l, std::string& out, size_t* count) {
  *count = 0;
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c)) return false;
    int64_t v = small_value(c);
    if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    uint32_t cp = uint32_t(v);
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
    ++*count;
    if (*count > kMaxAtomChars) return true;  // caller reports system_limit
  }
  return is_nil(l);
}

Term erl_list_to_atom(Process* p, Term* a) {
  std::string s;
  size_t n;
  if (!chars_to_utf8(a[0], s, &n)) return badarg(p);
  if (n > kMaxAtomChars) return raise_error(p, atom("system_limit"));
  auto t = atom_from_utf8(s);
  if (!t) return raise_error(p, atom("system_limit"));
  return *t;
}

Term erl_list_to_existing_atom(Process* p, Term* a) {
  std::string s;
  size_t n;
  if (!chars_to_utf8(a[0], s, &n) || n > kMaxAtomChars) return badarg(p);
  auto t = existing_atom_from_utf8(s);
  if (!t) return badarg(p);
  return *t;
}

}  // namespace openbeam::bifs
