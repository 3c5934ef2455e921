// Atom conversion BIFs.
#include <string>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/utf8.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_atom_to_list(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  return make_char_list_utf8(p, atom_text(a[0]));
}

// UTF-8 text of a list of code points; false if it is not one.
static bool chars_to_utf8(Term l, std::string& out, size_t* count) {
  *count = 0;
  for (; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_small(c)) return false;
    int64_t v = small_value(c);
    if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    utf8_append(out, uint32_t(v));
    ++*count;
    if (*count > kMaxAtomChars) return true;  // caller reports system_limit
  }
  return is_nil(l);
}

Term erl_list_to_atom(Process* p, Term* a) {
  std::string s;
  size_t n;
  if (!chars_to_utf8(a[0], s, &n)) return badarg(p);
  if (n > kMaxAtomChars) return raise_error(p, atoms::am_system_limit);
  auto t = atom_from_utf8(s);
  if (!t) return raise_error(p, atoms::am_system_limit);
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
