#include "vm/integer_arith.hpp"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace openbeam::vm {

static_assert(sizeof(mp_limb_t) == sizeof(Limb), "OpenBEAM needs 64-bit GMP limbs");

namespace {

// ---- operands ---------------------------------------------------------------

// Sign and magnitude of an integer term. A small's magnitude lives in `one`,
// so an Operand is neither copied nor moved. Zero has n == 0.
struct Operand {
  const Limb* p;
  size_t n;
  bool neg;
  Limb one;

  explicit Operand(Term t) {
    if (is_small(t)) {
      int64_t v = small_value(t);
      neg = v < 0;
      one = neg ? Limb(0) - Limb(v) : Limb(v);
      p = &one;
      n = v != 0;
    } else {
      BigView b = big_view(t);
      p = b.limbs;
      n = b.n;
      neg = b.negative;
    }
  }
  Operand(const Operand&) = delete;
  Operand& operator=(const Operand&) = delete;
};

mp_size_t ms(size_t n) { return mp_size_t(n); }

// Magnitude comparison.
int cmp_mag(const Limb* x, size_t xn, const Limb* y, size_t yn) {
  if (xn != yn) return xn < yn ? -1 : 1;
  if (xn == 0) return 0;
  return mpn_cmp(x, y, ms(xn));
}

// ---- results -------------------------------------------------------------------

// Where a result's limbs are computed. `cap` is the largest number of limbs
// the result can have. Up to kStackLimbs limbs go to the stack, and are
// copied to exactly sized words by finish(). Larger results are computed in
// place in bignum_words(cap) words from the allocator, or, when the caller
// expects the result to be possibly much shorter than `cap`
// (in_place == false), in a temporary buffer that finish() copies to
// exactly sized words.
class Result {
 public:
  Result(TermAllocator& a, size_t cap, bool in_place = true) : a_(a) {
    if (cap <= kStackLimbs) {
      p_ = stack_;
    } else if (in_place) {
      hp_ = a.alloc(bignum_words(cap));
      p_ = reinterpret_cast<Limb*>(hp_ + 1);
    } else {
      heap_.resize(cap);
      p_ = heap_.data();
    }
  }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;

  Limb* limbs() { return p_; }

  // The integer with magnitude limbs()[0..n) (leading zero limbs allowed).
  std::optional<Term> finish(size_t n, bool negative) {
    while (n > 0 && p_[n - 1] == 0) n--;
    if (n == 0) return make_small(0);
    if (n == 1) {
      Limb m = p_[0];
      if (!negative && m <= Limb(kSmallMax)) return make_small(int64_t(m));
      if (negative && m <= Limb(kSmallMax) + 1) return make_small(int64_t(Limb(0) - m));
    }
    if (n > kMaxBigLimbs) return std::nullopt;
    if (hp_ == nullptr) {
      hp_ = a_.alloc(bignum_words(n));
      std::memcpy(hp_ + 1, p_, n * sizeof(Limb));
    }
    hp_[0] = make_header(negative ? Subtag::kNegBig : Subtag::kPosBig, n);
    return make_boxed(hp_);
  }

 private:
  TermAllocator& a_;
  Word* hp_ = nullptr;
  Limb* p_;
  Limb stack_[kStackLimbs];
  std::vector<Limb> heap_;
};

// A term for sign * magnitude where the magnitude is a single limb.
Term from_limb(TermAllocator& a, Limb m, bool negative) {
  Result r(a, 1);
  r.limbs()[0] = m;
  return *r.finish(1, negative);
}

// A copy of an operand's magnitude with another sign.
Term with_sign(TermAllocator& a, Term t, const Operand& x, bool negative) {
  if (x.neg == negative) return t;
  Result r(a, x.n);
  if (x.n) mpn_copyi(r.limbs(), x.p, ms(x.n));
  return *r.finish(x.n, negative);
}

// Scratch limbs for intermediate values (X - 1 of negative operands, ...).
class Scratch {
 public:
  explicit Scratch(size_t n) {
    if (n <= kStackLimbs) {
      p_ = stack_;
    } else {
      heap_.resize(n);
      p_ = heap_.data();
    }
  }
  Limb* get() { return p_; }

 private:
  Limb* p_;
  Limb stack_[kStackLimbs];
  std::vector<Limb> heap_;
};

// ---- sign-magnitude add/sub -----------------------------------------------------

// x + (negate_y ? -y : y), any signs.
std::optional<Term> add_signed(TermAllocator& a, Term tx, Term ty, bool negate_y) {
  Operand x(tx), y(ty);
  bool yneg = negate_y ? !y.neg : y.neg;
  if (y.n == 0) return tx;
  if (x.n == 0) return with_sign(a, ty, y, yneg);
  if (x.neg == yneg) {
    // Same sign: add magnitudes.
    const Operand* big = &x;
    const Operand* lit = &y;
    if (x.n < y.n) std::swap(big, lit);
    Result r(a, big->n + 1);
    Limb carry = mpn_add(r.limbs(), big->p, ms(big->n), lit->p, ms(lit->n));
    r.limbs()[big->n] = carry;
    return r.finish(big->n + 1, x.neg);
  }
  // Different signs: subtract the smaller magnitude from the larger one.
  int c = cmp_mag(x.p, x.n, y.p, y.n);
  if (c == 0) return make_small(0);
  const Limb* hi;
  size_t hn;
  const Limb* lo;
  size_t ln;
  bool neg;
  if (c > 0) {
    hi = x.p, hn = x.n, lo = y.p, ln = y.n, neg = x.neg;
  } else {
    hi = y.p, hn = y.n, lo = x.p, ln = x.n, neg = yneg;
  }
  // Equal top limbs cancel; don't allocate for them.
  if (hn == ln) {
    while (hi[hn - 1] == lo[hn - 1]) hn--;  // terminates: the magnitudes differ
    ln = hn;
    while (ln > 0 && lo[ln - 1] == 0) ln--;
    if (ln == 0) {
      Result r(a, hn);
      mpn_copyi(r.limbs(), hi, ms(hn));
      return r.finish(hn, neg);
    }
  }
  // The top limbs now differ by d >= 1. With d >= 2 the result keeps all hn
  // limbs (a borrow takes at most 1); with d == 1 a borrow chain can cancel
  // any number of them (2^640 - (2^640 - 1)), so compute aside.
  Limb d = hi[hn - 1] - (ln == hn ? lo[hn - 1] : 0);
  Result r(a, hn, d >= 2);
  mpn_sub(r.limbs(), hi, ms(hn), lo, ms(ln));
  return r.finish(hn, neg);
}

// ---- two's complement helpers ------------------------------------------------------

// dst[0..n) = magnitude - 1 (magnitude non-zero, n limbs).
void mag_minus_one(Limb* dst, const Limb* src, size_t n) { mpn_sub_1(dst, src, ms(n), 1); }

// The operand in "complement form" for the bitwise operations: for x >= 0 the
// magnitude itself, for x < 0 the magnitude of X - 1 (x = ~(X - 1) in two's
// complement; every bit above is 1).
struct Bits {
  const Limb* p;
  size_t n;
  bool neg;
};

Bits bits_of(const Operand& x, Scratch& s) {
  if (!x.neg) return Bits{x.p, x.n, false};
  Limb* d = s.get();
  mag_minus_one(d, x.p, x.n);
  size_t n = x.n;
  while (n > 0 && d[n - 1] == 0) n--;
  return Bits{d, n, true};
}

// r[0..n) = op(a, b) limb-wise where a and b are zero-extended to n limbs.
enum class BitOp { kAnd, kOr, kXor, kAndNot };  // kAndNot: a & ~b

void bit_op(BitOp op, Limb* r, const Limb* x, size_t xn, const Limb* y, size_t yn, size_t n) {
  size_t m = std::min({xn, yn, n});
  if (m) {
    switch (op) {
      case BitOp::kAnd: mpn_and_n(r, x, y, ms(m)); break;
      case BitOp::kOr: mpn_ior_n(r, x, y, ms(m)); break;
      case BitOp::kXor: mpn_xor_n(r, x, y, ms(m)); break;
      case BitOp::kAndNot: mpn_andn_n(r, x, y, ms(m)); break;
    }
  }
  for (size_t i = m; i < n; i++) {
    Limb a = i < xn ? x[i] : 0;
    Limb b = i < yn ? y[i] : 0;
    switch (op) {
      case BitOp::kAnd: r[i] = a & b; break;
      case BitOp::kOr: r[i] = a | b; break;
      case BitOp::kXor: r[i] = a ^ b; break;
      case BitOp::kAndNot: r[i] = a & ~b; break;
    }
  }
}

// The number of significant limbs of op(x, y) over n limbs. Usually the
// top limb decides at once; scanning costs at most what computing costs.
size_t bit_op_size(BitOp op, const Limb* x, size_t xn, const Limb* y, size_t yn, size_t n) {
  while (n > 0) {
    Limb a = n - 1 < xn ? x[n - 1] : 0;
    Limb b = n - 1 < yn ? y[n - 1] : 0;
    Limb v = 0;
    switch (op) {
      case BitOp::kAnd: v = a & b; break;
      case BitOp::kOr: v = a | b; break;
      case BitOp::kXor: v = a ^ b; break;
      case BitOp::kAndNot: v = a & ~b; break;
    }
    if (v) break;
    n--;
  }
  return n;
}

// V = op(x, y) over n limbs; the result is V, or -(V + 1) when
// `complement` (a negative number whose two's complement is ~V). Allocates
// V's significant limbs, plus one for the carry of a complement.
std::optional<Term> bitwise(TermAllocator& a, BitOp op, const Bits& x, const Bits& y, size_t n,
                            bool complement) {
  n = bit_op_size(op, x.p, x.n, y.p, y.n, n);
  Result r(a, n + complement);
  Limb* p = r.limbs();
  bit_op(op, p, x.p, x.n, y.p, y.n, n);
  if (!complement) return r.finish(n, false);
  if (n == 0) {
    p[0] = 1;
    return r.finish(1, true);
  }
  p[n] = mpn_add_1(p, p, ms(n), 1);
  return r.finish(n + 1, true);
}

// ---- shifts ------------------------------------------------------------------------------

// x * 2^s, s >= 0, x non-zero.
std::optional<Term> shift_left(TermAllocator& a, const Operand& x, uint64_t s) {
  unsigned top_bits = 64 - unsigned(__builtin_clzll(x.p[x.n - 1]));
  uint64_t bits = uint64_t(x.n - 1) * 64 + top_bits + s;  // s < 2^60: no overflow
  uint64_t limbs = (bits + 63) / 64;
  if (limbs > kMaxBigLimbs) return std::nullopt;
  size_t words = size_t(s / 64);
  unsigned bitsh = unsigned(s % 64);
  Result r(a, size_t(limbs));
  Limb* d = r.limbs();
  if (words) std::memset(d, 0, words * sizeof(Limb));
  if (bitsh) {
    Limb out = mpn_lshift(d + words, x.p, ms(x.n), bitsh);
    if (words + x.n < limbs) d[words + x.n] = out;
  } else {
    mpn_copyi(d + words, x.p, ms(x.n));
  }
  return r.finish(size_t(limbs), x.neg);
}

// floor(x / 2^s), s >= 0, x non-zero.
std::optional<Term> shift_right(TermAllocator& a, const Operand& x, uint64_t s) {
  uint64_t words = s / 64;
  unsigned bitsh = unsigned(s % 64);
  if (!x.neg) {
    if (words >= x.n) return make_small(0);
    size_t n = x.n - size_t(words);
    Result r(a, n);
    if (bitsh)
      mpn_rshift(r.limbs(), x.p + words, ms(n), bitsh);
    else
      mpn_copyi(r.limbs(), x.p + words, ms(n));
    return r.finish(n, false);
  }
  // Negative: floor(-X / 2^s) = -(((X - 1) >> s) + 1).
  if (words >= x.n) return make_small(-1);
  Scratch s1(x.n);
  mag_minus_one(s1.get(), x.p, x.n);
  size_t n = x.n - size_t(words);
  Result r(a, n + 1);
  if (bitsh)
    mpn_rshift(r.limbs(), s1.get() + words, ms(n), bitsh);
  else
    mpn_copyi(r.limbs(), s1.get() + words, ms(n));
  r.limbs()[n] = mpn_add_1(r.limbs(), r.limbs(), ms(n), 1);
  return r.finish(n + 1, true);
}

// x bsl shift (left when shift >= 0).
std::optional<Term> shift(TermAllocator& a, Term tx, Term tshift, bool right) {
  if (tx == make_small(0)) return tx;
  if (!is_small(tshift)) {
    // |shift| >= 2^59: left shifts are too big, right shifts leave 0 or -1.
    bool left = big_view(tshift).negative == right;
    if (left) return std::nullopt;
    return compare_integers(tx, make_small(0)) < 0 ? make_small(-1) : make_small(0);
  }
  int64_t s = small_value(tshift);
  if (right) s = -s;  // |s| <= 2^59: no overflow
  if (s == 0) return tx;
  if (is_small(tx)) {
    int64_t v = small_value(tx);
    if (s < 0) return make_small(s <= -63 ? (v < 0 ? -1 : 0) : v >> -s);
    if (s < 64) {
      int64_t r = int64_t(uint64_t(v) << s);
      if ((r >> s) == v && fits_small(r)) return make_small(r);
    }
  }
  Operand x(tx);
  if (s > 0) return shift_left(a, x, uint64_t(s));
  return shift_right(a, x, uint64_t(-s));
}

// ---- division --------------------------------------------------------------------------------

// Quotient and/or remainder of two operands, y non-zero, not both small.
void div_big(TermAllocator& a, Term tx, Term ty, Term* q, Term* rem) {
  Operand x(tx), y(ty);
  bool qneg = x.neg != y.neg;
  int c = cmp_mag(x.p, x.n, y.p, y.n);
  if (c < 0) {
    if (q) *q = make_small(0);
    if (rem) *rem = tx;
    return;
  }
  if (c == 0) {
    if (q) *q = make_small(qneg ? -1 : 1);
    if (rem) *rem = make_small(0);
    return;
  }
  size_t qn = x.n - y.n + 1;
  if (y.n == 1) {
    // Single-limb divisor.
    if (q) {
      Result rq(a, qn);
      Limb r1 = mpn_divrem_1(rq.limbs(), 0, x.p, ms(x.n), y.p[0]);
      *q = *rq.finish(qn, qneg);
      if (rem) *rem = from_limb(a, r1, x.neg);
    } else {
      *rem = from_limb(a, mpn_mod_1(x.p, ms(x.n), y.p[0]), x.neg);
    }
    return;
  }
  // mpn_tdiv_qr wants both buffers. The quotient has qn or qn - 1 limbs and
  // is computed in place; the remainder can be much shorter than y, so it
  // goes to scratch and is then allocated exactly.
  Scratch qs(q ? 0 : qn), rs(y.n);
  std::optional<Result> rq;
  Limb* qp = qs.get();
  if (q) {
    rq.emplace(a, qn);
    qp = rq->limbs();
  }
  mpn_tdiv_qr(qp, rs.get(), 0, x.p, ms(x.n), y.p, ms(y.n));
  if (q) *q = *rq->finish(qn, qneg);
  if (rem) {
    size_t rn = y.n;
    while (rn > 0 && rs.get()[rn - 1] == 0) rn--;
    Result rr(a, rn);
    if (rn) mpn_copyi(rr.limbs(), rs.get(), ms(rn));
    *rem = *rr.finish(rn, x.neg);
  }
}

bool is_zero(Term t) { return t == make_small(0); }

// Exact integer value of a finite double that is already integral, or of
// trunc(d) otherwise.
std::optional<Term> double_to_int(TermAllocator& a, double d) {
  if (!std::isfinite(d)) return std::nullopt;
  d = std::trunc(d);
  if (std::fabs(d) < 0x1p62) {
    int64_t v = int64_t(d);
    if (fits_small(v)) return make_small(v);
    return detail::int_from_int64_big(a, v);
  }
  int exp;
  double m = std::frexp(std::fabs(d), &exp);  // |d| = m * 2^exp, 0.5 <= m < 1
  Limb mant = Limb(std::ldexp(m, 53));           // exact: 53-bit integer
  unsigned sh = unsigned(exp - 53);              // >= 10 since |d| >= 2^62
  size_t n = (size_t(exp) + 63) / 64;
  Result r(a, n);
  Limb* p = r.limbs();
  std::memset(p, 0, n * sizeof(Limb));
  size_t w = sh / 64;
  unsigned b = sh % 64;
  p[w] = mant << b;
  if (b && w + 1 < n) p[w + 1] = mant >> (64 - b);
  return r.finish(n, d < 0);
}

int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

// ---- detail (out-of-line halves of the inline functions) ---------------------------

namespace detail {

Term int_from_int64_big(TermAllocator& a, int64_t v) {
  return from_limb(a, v < 0 ? Limb(0) - Limb(v) : Limb(v), v < 0);
}

std::optional<Term> int_add_big(TermAllocator& a, Term x, Term y) {
  return add_signed(a, x, y, false);
}

std::optional<Term> int_sub_big(TermAllocator& a, Term x, Term y) {
  return add_signed(a, x, y, true);
}

std::optional<Term> int_mul_big(TermAllocator& a, Term tx, Term ty) {
  Operand x(tx), y(ty);
  if (x.n == 0 || y.n == 0) return make_small(0);
  bool neg = x.neg != y.neg;
  size_t n = x.n + y.n;
  // The product has n or n - 1 limbs.
  if (n - 1 > kMaxBigLimbs) return std::nullopt;
  if (y.n == 1 || x.n == 1) {
    const Operand& big = x.n == 1 ? y : x;
    Limb m = x.n == 1 ? x.p[0] : y.p[0];
    Result r(a, n);
    r.limbs()[big.n] = mpn_mul_1(r.limbs(), big.p, ms(big.n), m);
    return r.finish(n, neg);
  }
  Result r(a, n);
  if (tx == ty)
    mpn_sqr(r.limbs(), x.p, ms(x.n));
  else if (x.n >= y.n)
    mpn_mul(r.limbs(), x.p, ms(x.n), y.p, ms(y.n));
  else
    mpn_mul(r.limbs(), y.p, ms(y.n), x.p, ms(x.n));
  return r.finish(n, neg);
}

}  // namespace detail

// ---- public ---------------------------------------------------------------------------------

Term int_neg(TermAllocator& a, Term tx) {
  if (is_small(tx)) {
    int64_t v = -small_value(tx);
    if (fits_small(v)) return make_small(v);
    return detail::int_from_int64_big(a, v);
  }
  Operand x(tx);
  return with_sign(a, tx, x, !x.neg);
}

Term int_abs(TermAllocator& a, Term tx) {
  if (is_small(tx)) {
    int64_t v = small_value(tx);
    if (v >= 0) return tx;
    if (fits_small(-v)) return make_small(-v);
    return detail::int_from_int64_big(a, -v);
  }
  Operand x(tx);
  return with_sign(a, tx, x, false);
}

namespace detail {

bool int_div_rem_big(TermAllocator& a, Term x, Term y, Term* quotient, Term* remainder) {
  if (is_zero(y)) return false;
  div_big(a, x, y, quotient, remainder);
  return true;
}

std::optional<Term> int_band_big(TermAllocator& a, Term tx, Term ty) {
  Operand x(tx), y(ty);
  if (x.n == 0 || y.n == 0) return make_small(0);
  Scratch sx(x.neg ? x.n : 0), sy(y.neg ? y.n : 0);
  Bits bx = bits_of(x, sx), by = bits_of(y, sy);
  if (!bx.neg && !by.neg) return bitwise(a, BitOp::kAnd, bx, by, std::min(bx.n, by.n), false);
  // ~A & ~B = ~(A | B)
  if (bx.neg && by.neg) return bitwise(a, BitOp::kOr, bx, by, std::max(bx.n, by.n), true);
  // P & ~A: non-negative, at most P's limbs.
  const Bits& pos = bx.neg ? by : bx;
  const Bits& neg = bx.neg ? bx : by;
  return bitwise(a, BitOp::kAndNot, pos, neg, pos.n, false);
}

std::optional<Term> int_bor_big(TermAllocator& a, Term tx, Term ty) {
  Operand x(tx), y(ty);
  if (x.n == 0) return ty;
  if (y.n == 0) return tx;
  Scratch sx(x.neg ? x.n : 0), sy(y.neg ? y.n : 0);
  Bits bx = bits_of(x, sx), by = bits_of(y, sy);
  if (!bx.neg && !by.neg) return bitwise(a, BitOp::kOr, bx, by, std::max(bx.n, by.n), false);
  // ~A | ~B = ~(A & B)
  if (bx.neg && by.neg) return bitwise(a, BitOp::kAnd, bx, by, std::min(bx.n, by.n), true);
  // P | ~A = ~(A & ~P)
  const Bits& pos = bx.neg ? by : bx;
  const Bits& neg = bx.neg ? bx : by;
  return bitwise(a, BitOp::kAndNot, neg, pos, neg.n, true);
}

std::optional<Term> int_bxor_big(TermAllocator& a, Term tx, Term ty) {
  Operand x(tx), y(ty);
  if (x.n == 0) return ty;
  if (y.n == 0) return tx;
  Scratch sx(x.neg ? x.n : 0), sy(y.neg ? y.n : 0);
  Bits bx = bits_of(x, sx), by = bits_of(y, sy);
  // ~A ^ ~B = A ^ B;  P ^ ~A = ~(P ^ A)
  return bitwise(a, BitOp::kXor, bx, by, std::max(bx.n, by.n), bx.neg != by.neg);
}

std::optional<Term> int_bnot_big(TermAllocator& a, Term tx) {
  // bnot X = -X - 1: -(X + 1) for X >= 0, |X| - 1 for X < 0.
  Operand x(tx);
  if (x.neg) {
    Result r(a, x.n);
    mag_minus_one(r.limbs(), x.p, x.n);
    return r.finish(x.n, false);
  }
  Result r(a, x.n + 1);
  r.limbs()[x.n] = mpn_add_1(r.limbs(), x.p, ms(x.n), 1);
  return r.finish(x.n + 1, true);
}

std::optional<Term> int_shift_big(TermAllocator& a, Term x, Term s, bool right) {
  return shift(a, x, s, right);
}

}  // namespace detail

std::optional<Term> float_to_integer_trunc(TermAllocator& a, double d) {
  return double_to_int(a, d);
}

std::optional<Term> integer_from_text(TermAllocator& a, std::string_view text, int base) {
  if (base < 2 || base > 36) return std::nullopt;
  size_t i = 0;
  bool neg = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    neg = text[0] == '-';
    i = 1;
  }
  if (i == text.size()) return std::nullopt;  // empty, or a sign alone
  while (i < text.size() && text[i] == '0') i++;
  size_t count = text.size() - i;
  // 36^12 < 2^63: up to 12 digits of any base accumulate in a uint64.
  if (count <= 12) {
    uint64_t v = 0;
    for (; i < text.size(); i++) {
      int d = digit_value(static_cast<unsigned char>(text[i]));
      if (d >= base) return std::nullopt;
      v = v * unsigned(base) + unsigned(d);
    }
    int64_t s = neg ? -int64_t(v) : int64_t(v);
    if (fits_small(s)) return make_small(s);
    return detail::int_from_int64_big(a, s);
  }
  // Bits per digit, rounded up: ceil(log2(base)).
  unsigned bpd = 1;
  while ((1u << bpd) < unsigned(base)) bpd++;
  // Reject hopelessly large inputs before converting: count digits need at
  // least (count - 1) * floor(log2(base)) bits. (Valid or not, the answer is
  // nullopt.)
  unsigned floor_bpd = bpd - ((1u << bpd) != unsigned(base));
  if (uint64_t(count - 1) * floor_bpd > uint64_t(kMaxBigLimbs) * 64) return std::nullopt;
  // Digit values for mpn_set_str.
  unsigned char stack_digits[256];
  std::vector<unsigned char> heap_digits;
  unsigned char* digits = stack_digits;
  if (count > sizeof stack_digits) {
    heap_digits.resize(count);
    digits = heap_digits.data();
  }
  for (size_t k = 0; k < count; k++) {
    int d = digit_value(static_cast<unsigned char>(text[i + k]));
    if (d >= base) return std::nullopt;
    digits[k] = static_cast<unsigned char>(d);
  }
  // mpn_set_str wants room for the largest count-digit number plus a limb;
  // that over-estimates, so convert aside and allocate the exact size. The
  // first digit is non-zero, so the limb count it returns is exact.
  size_t cap = (count * bpd + 63) / 64 + 1;
  Result r(a, cap, false);
  size_t n = size_t(mpn_set_str(r.limbs(), digits, count, base));
  return r.finish(n, neg);
}

}  // namespace openbeam::vm
