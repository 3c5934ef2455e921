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

int compare(Term a, Term b);        // -1, 0, 1
int compare_exact(Term a, Term b);  // -1, 0, 1
inline bool exact_equal(Term a, Term b) { return a == b || compare_exact(a, b) == 0; }

}  // namespace openbeam::vm
