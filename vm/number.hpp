// Floats and numbers as terms: one place that builds a float and one that
// reads any number as a double.
#pragma once

#include <cstring>

#include "vm/allocator.hpp"
#include "vm/bignum.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

constexpr Word kFloatWords = 2;

inline Term make_float(TermAllocator& a, double d) {
  Word* p = a.alloc(kFloatWords);
  p[0] = make_header(Subtag::kFloat, 1);
  std::memcpy(p + 1, &d, sizeof d);
  return make_boxed(p);
}

// The value of a number term as a double (erlang:float/1's rounding);
// false for non-numbers and for integers too large for a double.
inline bool number_to_double(Term t, double* d) {
  if (is_float(t)) {
    *d = float_value(t);
    return true;
  }
  if (!is_integer(t)) return false;
  bool overflow;
  *d = integer_to_double(t, &overflow);
  return !overflow;
}

}  // namespace openbeam::vm
