#include "vm/bignum.hpp"

#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace openbeam::vm {

static_assert(sizeof(mp_limb_t) == sizeof(Limb), "OpenBEAM needs 64-bit GMP limbs");

BigView big_view(Term t) {
  const Word* p = boxed_ptr(t);
  return BigView{reinterpret_cast<const Limb*>(p + 1), size_t(header_arity(p[0])),
                 header_subtag(p[0]) == Subtag::kNegBig};
}

// Writes a normalised integer from limbs (n may include leading zeros).
static Term finish_integer(Word* hp, Limb* limbs, size_t n, bool negative, size_t* used) {
  while (n > 0 && limbs[n - 1] == 0) n--;
  *used = 0;
  if (n == 0) return make_small(0);
  if (n == 1) {
    Limb m = limbs[0];
    if (!negative && m <= Limb(kSmallMax)) return make_small(int64_t(m));
    if (negative && m <= Limb(kSmallMax) + 1) return make_small(-int64_t(m));
  }
  hp[0] = make_header(negative ? Subtag::kNegBig : Subtag::kPosBig, n);
  if (limbs != reinterpret_cast<Limb*>(hp + 1)) std::memmove(hp + 1, limbs, n * sizeof(Limb));
  *used = bignum_words(n);
  return make_boxed(hp);
}

Term integer_from_le_bytes(Word* hp, const uint8_t* bytes, size_t len, bool negative,
                           size_t* used) {
  size_t n = (len + 7) / 8;
  Limb* limbs = reinterpret_cast<Limb*>(hp + 1);
  if (n == 1) {
    // Keep small results from touching the heap.
    Limb v = 0;
    for (size_t i = 0; i < len; i++) v |= Limb(bytes[i]) << (8 * i);
    Limb tmp[1] = {v};
    return finish_integer(hp, tmp, 1, negative, used);
  }
  for (size_t i = 0; i < n; i++) {
    Limb v = 0;
    for (size_t b = 0; b < 8 && i * 8 + b < len; b++) v |= Limb(bytes[i * 8 + b]) << (8 * b);
    limbs[i] = v;
  }
  return finish_integer(hp, limbs, n, negative, used);
}

Term integer_from_int64(Word* hp, int64_t v, size_t* used) {
  if (fits_small(v)) {
    *used = 0;
    return make_small(v);
  }
  Limb mag = v < 0 ? Limb(0) - Limb(v) : Limb(v);
  Limb tmp[1] = {mag};
  return finish_integer(hp, tmp, 1, v < 0, used);
}

std::string integer_to_string(Term t, int base) {
  static const char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (is_small(t)) {
    int64_t v = small_value(t);
    uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
    char buf[72];
    char* e = buf + sizeof buf;
    char* p = e;
    do {
      *--p = kDigits[mag % unsigned(base)];
      mag /= unsigned(base);
    } while (mag);
    if (v < 0) *--p = '-';
    return std::string(p, e);
  }
  BigView b = big_view(t);
  // mpn_get_str destroys its input and wants digit values, not characters.
  std::vector<mp_limb_t> tmp(b.limbs, b.limbs + b.n);
  std::vector<unsigned char> out(size_t(mpn_sizeinbase(tmp.data(), mp_size_t(b.n), base)) + 2);
  size_t len = mpn_get_str(out.data(), base, tmp.data(), mp_size_t(b.n));
  std::string s;
  s.reserve(len + 1);
  if (b.negative) s.push_back('-');
  size_t i = 0;
  while (i + 1 < len && out[i] == 0) i++;  // mpn_get_str may emit leading zeros
  for (; i < len; i++) s.push_back(kDigits[out[i]]);
  return s;
}

int compare_integers(Term a, Term b) {
  if (is_small(a) && is_small(b)) {
    int64_t x = small_value(a), y = small_value(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (is_small(a)) return big_view(b).negative ? 1 : -1;
  if (is_small(b)) return big_view(a).negative ? -1 : 1;
  BigView x = big_view(a), y = big_view(b);
  if (x.negative != y.negative) return x.negative ? -1 : 1;
  int mag;
  if (x.n != y.n) {
    mag = x.n < y.n ? -1 : 1;
  } else {
    int c = mpn_cmp(x.limbs, y.limbs, mp_size_t(x.n));
    mag = c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  return x.negative ? -mag : mag;
}

double integer_to_double(Term t, bool* overflow) {
  *overflow = false;
  if (is_small(t)) return double(small_value(t));
  BigView b = big_view(t);
  // Exact-rounding conversion: take the top 64+ bits and let the FPU round
  // once, with a sticky bit for everything below.
  size_t n = b.n;
  double r;
  if (n * 64 > 1100) {
    *overflow = true;
    return 0.0;
  }
  unsigned lz = unsigned(__builtin_clzll(b.limbs[n - 1]));
  size_t bits = n * 64 - lz;
  if (bits <= 64) {
    r = double(b.limbs[0]);
  } else {
    // Extract the top 64 bits.
    size_t shift = bits - 64;
    size_t li = shift / 64, bi = shift % 64;
    Limb top = b.limbs[li] >> bi;
    if (bi && li + 1 < n) top |= b.limbs[li + 1] << (64 - bi);
    bool sticky = (bi && (b.limbs[li] & ((Limb(1) << bi) - 1))) != 0;
    for (size_t k = 0; k < li && !sticky; k++) sticky = b.limbs[k] != 0;
    // Round to 53 bits manually (round half to even with sticky).
    Limb mant = top >> 11;
    Limb rest = top & 0x7FF;
    bool round_up = rest > 0x400 || (rest == 0x400 && (sticky || (mant & 1)));
    if (rest == 0x400 && !sticky && !(mant & 1)) round_up = false;
    if (round_up) mant++;
    r = std::ldexp(double(mant), int(shift + 11));
  }
  if (std::isinf(r)) {
    *overflow = true;
    return 0.0;
  }
  return b.negative ? -r : r;
}

}  // namespace openbeam::vm
