// Erlang term order.
//
//   number < atom < reference < fun < port < pid < tuple < map < nil
//   < list < bitstring
//
// `compare` is the arithmetic order of `<`, `==`: 1 == 1.0. `compare_exact`
// is the order of `=:=` and of map keys: an integer and a float are never
// equal, and every integer sorts before every float. Both are iterative, so
// deeply nested terms cannot overflow the C stack.
#pragma once

#include "vm/term.hpp"

namespace openbeam::vm {

// The general cases (out of line); the inline versions below answer two
// small integers or two identical words without a call.
int compare_slow(Term a, Term b);
int compare_exact_slow(Term a, Term b);

inline int compare(Term a, Term b) {  // -1, 0, 1
  if (is_small(a) && is_small(b)) {
    int64_t x = int64_t(a.raw()), y = int64_t(b.raw());
    return (x > y) - (x < y);
  }
  return compare_slow(a, b);
}
inline int compare_exact(Term a, Term b) {  // -1, 0, 1
  if (is_small(a) && is_small(b)) {
    int64_t x = int64_t(a.raw()), y = int64_t(b.raw());
    return (x > y) - (x < y);
  }
  if (a == b) return 0;
  return compare_exact_slow(a, b);
}
inline bool exact_equal(Term a, Term b) { return a == b || compare_exact(a, b) == 0; }

}  // namespace openbeam::vm
