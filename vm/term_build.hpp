// Building terms with any allocator: a Process (its heap) or a TermArena (a
// message or report built outside a process). Templates so that a Process,
// whose alloc() is final, is called without virtual dispatch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "vm/term.hpp"

namespace openbeam::vm {

template <class Alloc>
Term build_tuple(Alloc& a, std::initializer_list<Term> es) {
  Word* hp = a.alloc(1 + es.size());
  hp[0] = make_header(Subtag::kTuple, es.size());
  size_t i = 1;
  for (Term e : es) hp[i++] = e.raw();
  return make_boxed(hp);
}

template <class Alloc>
Term build_cons(Alloc& a, Term head, Term tail) {
  Word* c = a.alloc(2);
  c[0] = head.raw();
  c[1] = tail.raw();
  return make_list(c);
}

// [items[0], ..., items[n-1]] in one allocation.
template <class Alloc>
Term build_list(Alloc& a, const Term* items, size_t n) {
  Word* hp = a.alloc(2 * n);
  Term l = make_nil();
  for (size_t i = n; i > 0; i--) {
    hp[2 * (i - 1)] = items[i - 1].raw();
    hp[2 * (i - 1) + 1] = l.raw();
    l = make_list(hp + 2 * (i - 1));
  }
  return l;
}

// A list of small integers, one per byte (a string in latin-1), ending in
// `tail` (a binary, for a port's {header, N} data).
template <class Alloc>
Term build_byte_list(Alloc& a, const uint8_t* bytes, size_t n, Term tail = make_nil()) {
  Word* hp = a.alloc(2 * n);
  Term l = tail;
  for (size_t i = n; i > 0; i--) {
    hp[2 * (i - 1)] = make_small(bytes[i - 1]).raw();
    hp[2 * (i - 1) + 1] = l.raw();
    l = make_list(hp + 2 * (i - 1));
  }
  return l;
}

template <class Alloc>
Term build_char_list(Alloc& a, std::string_view s) {
  return build_byte_list(a, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

}  // namespace openbeam::vm
