// Integers beyond the 60-bit small range.
//
// A bignum is a boxed object [hdr(PosBig|NegBig, n)] [limb 0] ... [limb n-1]
// with 64-bit GMP limbs, least significant first and the top limb non-zero.
// Arithmetic uses GMP's mpn_* layer directly on these limbs (no GMP
// allocation). Invariant: a value that fits a small is never a bignum.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "vm/term.hpp"

namespace openbeam::vm {

using Limb = uint64_t;

constexpr Word bignum_words(size_t limbs) { return 1 + limbs; }

struct BigView {
  const Limb* limbs;
  size_t n;
  bool negative;
};
BigView big_view(Term t);
inline bool big_negative(Term t) { return header_subtag(*boxed_ptr(t)) == Subtag::kNegBig; }

// Builds an integer from a little-endian magnitude. Writes at most
// bignum_words((len + 7) / 8) words at `hp`; returns a small when it fits
// (then nothing is written). `*used` receives the words written.
Term integer_from_le_bytes(Word* hp, const uint8_t* bytes, size_t len, bool negative,
                           size_t* used);
// Builds an integer from an int64; needs at most bignum_words(1) words.
Term integer_from_int64(Word* hp, int64_t v, size_t* used);

// Decimal (or any base 2..36, upper-case digits) text of an integer term.
std::string integer_to_string(Term t, int base = 10);

// Three-way comparison of two integer terms.
int compare_integers(Term a, Term b);

// The integer as a double (rounded like erlang:float/1). Sets *overflow when
// the value is too large for a double.
double integer_to_double(Term t, bool* overflow);

}  // namespace openbeam::vm
