// Integer arithmetic on terms (small integers and bignums), as the
// interpreter's arithmetic instructions and the integer BIFs need it.
//
// Every function takes integer terms (small or bignum; callers check the
// types and raise badarith/badarg themselves), builds its result through a
// TermAllocator (never a GC) and returns a normalised integer: a small
// whenever the value fits. Semantics are those of Erlang/OTP 25:
//
//   int_add/sub/mul     +, -, *
//   int_neg, int_abs    unary -, abs/1
//   int_div             div: quotient truncated toward zero
//   int_rem             rem: remainder with the sign of the dividend
//   int_band/bor/bxor   band, bor, bxor on infinite two's complement
//   int_bnot            bnot: -X - 1
//   int_bsl, int_bsr    bsl/bsr; the shift is any integer (negative shifts the
//                       other way; right shifts round toward -infinity)
//
// Errors are std::nullopt:
//   * int_div/int_rem: division by zero (erl raises badarith);
//   * everything else: the result would need more than kMaxBigLimbs limbs
//     (erl raises system_limit). ERTS's limit is BIG_ARITY_MAX
//     ((1 << 19) - 1 words, erl_term.h) on the normalised result, i.e.
//     integers of at most 33554368 bits: `1 bsl 33554367` works, `* 2` on it
//     raises system_limit, and so does `1 bsl 100000000`. A bignum shift count
//     makes any non-zero operand too big (0 bsl Huge =:= 0), and a negative
//     bignum count gives 0 or -1.
//
// Memory: small operands and small results never touch the allocator.
// Results of at most kStackLimbs limbs are computed on the stack and then
// allocated exactly. Larger results are computed in place in words allocated
// for the largest possible result; the unused top words are then simply
// waste in the arena/heap (TermAllocator cannot shrink). That waste is at
// most one word (an addition that does not carry, a product or quotient
// whose top limb is zero, bnot/bsr/negative bitwise results without a final
// carry). Where a result can be much shorter than its operands it is sized
// exactly: subtraction skips cancelling top limbs and computes aside when a
// borrow chain may cancel more; bitwise results are measured before they
// are computed; remainders are computed aside. A result that turns out to
// exceed kMaxBigLimbs wastes its words (erl also checks after computing).
//
// GMP: only the mpn_* layer is used, directly on the bignum limbs. Some
// mpn functions (mpn_mul, mpn_tdiv_qr, mpn_set_str) use GMP's internal
// scratch space (alloca, or GMP's allocation functions for very large
// operands); nothing GMP allocates outlives the call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/allocator.hpp"
#include "vm/bignum.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

// ERTS's BIG_ARITY_MAX: the largest number of limbs a bignum may have.
constexpr size_t kMaxBigLimbs = (size_t(1) << 19) - 1;
// Results up to this many limbs are computed on the stack first.
constexpr size_t kStackLimbs = 8;

namespace detail {
// Out-of-line parts of the inline functions below (any operands).
Term int_from_int64_big(TermAllocator& a, int64_t v);  // v does not fit a small
std::optional<Term> int_add_big(TermAllocator& a, Term x, Term y);
std::optional<Term> int_sub_big(TermAllocator& a, Term x, Term y);
std::optional<Term> int_mul_big(TermAllocator& a, Term x, Term y);
bool int_div_rem_big(TermAllocator& a, Term x, Term y, Term* quotient, Term* remainder);
std::optional<Term> int_band_big(TermAllocator& a, Term x, Term y);
std::optional<Term> int_bor_big(TermAllocator& a, Term x, Term y);
std::optional<Term> int_bxor_big(TermAllocator& a, Term x, Term y);
std::optional<Term> int_bnot_big(TermAllocator& a, Term x);
std::optional<Term> int_shift_big(TermAllocator& a, Term x, Term shift, bool right);
}  // namespace detail

// ---- + - * ----------------------------------------------------------------------
inline std::optional<Term> int_add(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) {
    int64_t r = small_value(x) + small_value(y);  // 61 bits: cannot overflow
    if (fits_small(r)) return make_small(r);
    return detail::int_from_int64_big(a, r);
  }
  return detail::int_add_big(a, x, y);
}

inline std::optional<Term> int_sub(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) {
    int64_t r = small_value(x) - small_value(y);
    if (fits_small(r)) return make_small(r);
    return detail::int_from_int64_big(a, r);
  }
  return detail::int_sub_big(a, x, y);
}

inline std::optional<Term> int_mul(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) {
    int64_t r;
    if (!__builtin_mul_overflow(small_value(x), small_value(y), &r)) {
      if (fits_small(r)) return make_small(r);
      return detail::int_from_int64_big(a, r);
    }
  }
  return detail::int_mul_big(a, x, y);
}

// -X and abs(X); these cannot fail.
Term int_neg(TermAllocator& a, Term x);
Term int_abs(TermAllocator& a, Term x);

// ---- div / rem: nullopt when y is 0 --------------------------------------------
// Both at once (one division); false when y is 0. Either pointer may be null.
inline bool int_div_rem(TermAllocator& a, Term x, Term y, Term* quotient, Term* remainder) {
  if (is_small(x) && is_small(y) && y != make_small(0)) {
    int64_t u = small_value(x), v = small_value(y);
    int64_t q = u / v;  // |u|, |v| <= 2^59: no overflow
    if (quotient) *quotient = fits_small(q) ? make_small(q) : detail::int_from_int64_big(a, q);
    if (remainder) *remainder = make_small(u % v);
    return true;
  }
  return detail::int_div_rem_big(a, x, y, quotient, remainder);
}

inline std::optional<Term> int_div(TermAllocator& a, Term x, Term y) {
  Term q;
  if (!int_div_rem(a, x, y, &q, nullptr)) return std::nullopt;
  return q;
}

inline std::optional<Term> int_rem(TermAllocator& a, Term x, Term y) {
  Term r;
  if (!int_div_rem(a, x, y, nullptr, &r)) return std::nullopt;
  return r;
}

// ---- bitwise ------------------------------------------------------------------
inline std::optional<Term> int_band(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) return Term(x.raw() & y.raw());  // tags survive
  return detail::int_band_big(a, x, y);
}

inline std::optional<Term> int_bor(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) return Term(x.raw() | y.raw());
  return detail::int_bor_big(a, x, y);
}

inline std::optional<Term> int_bxor(TermAllocator& a, Term x, Term y) {
  if (is_small(x) && is_small(y)) return make_small(small_value(x) ^ small_value(y));
  return detail::int_bxor_big(a, x, y);
}

inline std::optional<Term> int_bnot(TermAllocator& a, Term x) {
  if (is_small(x)) return make_small(~small_value(x));
  return detail::int_bnot_big(a, x);
}

// x bsl shift / x bsr shift.
inline std::optional<Term> int_bsl(TermAllocator& a, Term x, Term shift) {
  if (is_small(x) && is_small(shift)) {
    int64_t v = small_value(x), s = small_value(shift);
    if (s >= 0 && s < 64) {
      int64_t r = int64_t(uint64_t(v) << s);
      if ((r >> s) == v && fits_small(r)) return make_small(r);
    } else if (s < 0) {
      return make_small(s <= -63 ? (v < 0 ? -1 : 0) : v >> -s);
    }
  }
  return detail::int_shift_big(a, x, shift, false);
}

inline std::optional<Term> int_bsr(TermAllocator& a, Term x, Term shift) {
  if (is_small(x) && is_small(shift)) {
    int64_t v = small_value(x), s = small_value(shift);
    if (s >= 0) return make_small(s >= 63 ? (v < 0 ? -1 : 0) : v >> s);
  }
  return detail::int_shift_big(a, x, shift, true);
}

// ---- conversions -----------------------------------------------------------------
// The integer written in `text` (list_to_integer/2, binary_to_integer/2):
// an optional '+' or '-', then one or more digits of `base` (2..36; letters
// in either case). Anything else is nullopt: empty text, a sign alone, a
// second sign, spaces, '_', a "0x" prefix, a digit >= base, NUL. Leading
// zeros are fine ("-000" is 0). nullopt also when the value exceeds
// kMaxBigLimbs (erl cannot represent it either). Uses mpn_set_str for long
// inputs (subquadratic).
// Note for list_to_integer/1,2: ERTS tests the sign character exactly but
// reads every digit element as a byte (C band 255), so
// list_to_integer([$1 + 256]) is 1 and list_to_integer([$f + 256], 16) is 15,
// while [$- + 256, $1] is badarg; the caller converts lists the same way.
std::optional<Term> integer_from_text(TermAllocator& a, std::string_view text, int base);
// integer_to_list/2, integer_to_binary/2: upper-case digits. (Declared in
// bignum.hpp as integer_to_string(Term, int base).)

// The exact integer value of trunc(d) for any finite double (1.0e308 gives
// a 1024-bit integer); nullopt for NaN and infinities. round/floor/ceil
// first round the double (std::round/floor/ceil are exact) and then call
// this.
std::optional<Term> float_to_integer_trunc(TermAllocator& a, double d);

}  // namespace openbeam::vm
