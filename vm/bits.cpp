#include "vm/bits.hpp"

#include "vm/number.hpp"

#include <cmath>
#include <cstring>

#include "vm/bignum.hpp"
#include "vm/integer_arith.hpp"

namespace openbeam::vm {

namespace {

constexpr uint64_t low_mask(unsigned n) { return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1; }

// `n` (<= 64) bits of `src` starting at bit `pos`, as a big-endian number.
// Touches only the bytes that hold those bits.
uint64_t read_bits(const uint8_t* src, size_t pos, unsigned n) {
  uint64_t v = 0;
  if (((pos | n) & 7) == 0) {  // whole bytes at a byte boundary (the usual case)
    const uint8_t* p = src + (pos >> 3);
    for (unsigned i = 0; i < n / 8; i++) v = (v << 8) | p[i];
    return v;
  }
  while (n > 0) {
    unsigned off = unsigned(pos & 7);
    unsigned avail = 8 - off;
    unsigned take = n < avail ? n : avail;
    unsigned chunk = (unsigned(src[pos >> 3]) >> (avail - take)) & unsigned(low_mask(take));
    v = (v << take) | chunk;
    pos += take;
    n -= take;
  }
  return v;
}

// The 8 bits at bit `pos` (all of them must exist).
inline uint8_t read_byte(const uint8_t* src, size_t pos) {
  const uint8_t* p = src + (pos >> 3);
  unsigned off = unsigned(pos & 7);
  if (off == 0) return *p;
  return uint8_t((p[0] << off) | (p[1] >> (8 - off)));
}


// A double rounded to float; beyond the float range: infinity, as an IEEE
// conversion gives (spelt out: C++ leaves out-of-range conversions undefined).
float double_to_float(double d) {
  if (std::fabs(d) >= 0x1.ffffffp127) return d < 0 ? -HUGE_VALF : HUGE_VALF;
  return float(d);
}

bool valid_codepoint(Term t) {
  if (!is_small(t)) return false;
  int64_t v = small_value(t);
  return v >= 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
}

}  // namespace

// An integer from a magnitude that fits 64 bits.
Term make_int_mag64(TermAllocator& a, uint64_t mag, bool negative) {
  if (!negative && mag <= uint64_t(kSmallMax)) return make_small(int64_t(mag));
  if (negative && mag <= uint64_t(kSmallMax) + 1) return make_small(-int64_t(mag));
  uint8_t le[8];
  for (int i = 0; i < 8; i++) le[i] = uint8_t(mag >> (8 * i));
  Word* hp = a.alloc(bignum_words(1));
  size_t used;
  return integer_from_le_bytes(hp, le, 8, negative, &used);
}

// ---- half precision ----------------------------------------------------------

uint16_t double_to_half(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  uint16_t sign = uint16_t((bits >> 48) & 0x8000);
  unsigned exp = unsigned((bits >> 52) & 0x7FF);
  uint64_t mant = bits & low_mask(52);
  if (exp == 0x7FF) return uint16_t(sign | 0x7C00 | (mant ? 0x200 | (mant >> 42) : 0));
  if (exp == 0 && mant == 0) return sign;
  // |d| = sig * 2^(e2), sig < 2^53.
  uint64_t sig = exp ? (mant | (uint64_t(1) << 52)) : mant;
  int e2 = (exp ? int(exp) : 1) - 1075;
  int e = int(exp) - 1023;  // unbiased exponent of a normal double
  uint64_t q;
  unsigned shift;
  uint16_t out;
  if (exp != 0 && e >= -14) {
    // Normal half: keep 11 significant bits.
    shift = 42;
    q = sig >> shift;
    uint64_t rem = sig & low_mask(shift), half = uint64_t(1) << (shift - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    // q in [2^10, 2^11]; q == 2^11 carries into the exponent.
    uint32_t h = (uint32_t(e + 15) << 10) + uint32_t(q - 0x400);
    if (e > 15 || h >= 0x7C00) h = 0x7C00;
    out = uint16_t(h);
  } else {
    // Subnormal half: units of 2^-24.
    int s = -(e2 + 24);  // > 0 here
    if (s > 60) return sign;
    shift = unsigned(s);
    q = sig >> shift;
    uint64_t rem = sig & low_mask(shift), half = uint64_t(1) << (shift - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    out = uint16_t(q);  // q == 0x400 is the smallest normal
  }
  return uint16_t(sign | out);
}

double half_to_double(uint16_t h) {
  unsigned exp = (h >> 10) & 0x1F;
  unsigned mant = h & 0x3FF;
  double v;
  if (exp == 0) {
    v = std::ldexp(double(mant), -24);
  } else if (exp == 31) {
    v = mant ? std::nan("") : HUGE_VAL;
  } else {
    v = std::ldexp(double(mant | 0x400), int(exp) - 25);
  }
  return (h & 0x8000) ? -v : v;
}

// ---- binaries -------------------------------------------------------------------

Term make_binary(TermAllocator& a, const uint8_t* bytes, size_t n) {
  uint8_t* data;
  Term t = make_binary_uninit(a, n, &data);
  if (n) std::memcpy(data, bytes, n);
  return t;
}

Term make_binary_uninit(TermAllocator& a, size_t n, uint8_t** data) {
  if (n <= kHeapBinaryMax) {
    Word words = heap_binary_words(n);
    Word* p = a.alloc(words);
    p[0] = make_header(Subtag::kHeapBinary, words - 1);
    p[1] = n;
    p[words - 1] = 0;  // no uninitialised padding
    *data = reinterpret_cast<uint8_t*>(p + 2);
    return make_boxed(p);
  }
  BinaryBlob* blob = BinaryBlob::create(n);
  Word* p = a.alloc(kRefcBinaryWords);
  p[0] = make_header(Subtag::kRefcBinary, kRefcBinaryWords - 1);
  p[1] = n;
  p[2] = reinterpret_cast<Word>(blob);
  p[3] = 0;
  a.own_blob(p);
  *data = blob->data;
  return make_boxed(p);
}

const uint8_t* view_bytes(const BitsView& v, std::vector<uint8_t>& scratch) {
  if (v.bit_offset == 0) return v.base;
  scratch.resize(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) scratch[i] = v.byte(i);
  return scratch.data();
}

Term real_binary(Term t, size_t* bit_offset) {
  const Word* p = boxed_ptr(t);
  if (header_subtag(p[0]) == Subtag::kSubBinary) {
    *bit_offset = size_t(p[2]) * 8 + ((p[3] >> 3) & 7);
    return Term(p[4]);
  }
  *bit_offset = 0;
  return t;
}

Term make_sub_binary(TermAllocator& a, Term orig, size_t bit_offset, size_t bit_size) {
  size_t base;
  Term real = real_binary(orig, &base);
  size_t off = base + bit_offset;
  Word* p = a.alloc(kSubBinaryWords);
  p[0] = make_header(Subtag::kSubBinary, kSubBinaryWords - 1);
  p[1] = bit_size / 8;
  p[2] = off / 8;
  p[3] = ((off % 8) << 3) | (bit_size % 8);
  p[4] = real.raw();
  return make_boxed(p);
}

Term extract_bits(TermAllocator& a, Term orig, size_t bit_offset, size_t bit_size) {
  if (bit_size % 8 != 0 || bit_size / 8 > kHeapBinaryMax) {
    return make_sub_binary(a, orig, bit_offset, bit_size);
  }
  size_t base;
  Term real = real_binary(orig, &base);
  const uint8_t* src = bits_view(real).base;
  size_t pos = base + bit_offset;
  size_t n = bit_size / 8;
  Word words = heap_binary_words(n);
  Word* p = a.alloc(words);
  p[0] = make_header(Subtag::kHeapBinary, words - 1);
  p[1] = n;
  p[words - 1] = 0;
  auto* dst = reinterpret_cast<uint8_t*>(p + 2);
  if (pos % 8 == 0) {
    if (n) std::memcpy(dst, src + pos / 8, n);
  } else {
    for (size_t i = 0; i < n; i++) dst[i] = read_byte(src, pos + 8 * i);
  }
  return make_boxed(p);
}

// ---- BitWriter ------------------------------------------------------------------

void BitWriter::put_uint_bits(uint64_t v, unsigned n) {
  if (n == 0) return;
  grow_to(bits_ + n);
  v &= low_mask(n);
  if (((bits_ | n) & 7) == 0) {  // whole bytes at a byte boundary
    for (unsigned k = n / 8; k-- > 0; bits_ += 8) buf_[bits_ >> 3] = uint8_t(v >> (8 * k));
    return;
  }
  while (n > 0) {
    unsigned used = unsigned(bits_ & 7);
    unsigned room = 8 - used;
    unsigned take = n < room ? n : room;
    unsigned chunk = unsigned(v >> (n - take)) & unsigned(low_mask(take));
    buf_[bits_ >> 3] |= uint8_t(chunk << (room - take));
    bits_ += take;
    n -= take;
  }
}

namespace {
// Appends one whole byte to a buffer that already has room (zeroed).
inline void store_byte(std::vector<uint8_t>& buf, size_t& bits, uint8_t b) {
  unsigned used = unsigned(bits & 7);
  size_t k = bits >> 3;
  if (used == 0) {
    buf[k] = b;
  } else {
    buf[k] |= uint8_t(b >> used);
    buf[k + 1] = uint8_t(b << (8 - used));
  }
  bits += 8;
}

// Writes the `nbits`-bit two's complement number whose little-endian bytes
// byte_at(0..) gives, in bit-syntax order.
template <typename ByteAt>
void emit_integer(std::vector<uint8_t>& buf, size_t& bits, size_t nbits, bool little, ByteAt byte_at) {
  size_t nbytes = (nbits + 7) / 8;
  unsigned r = unsigned(nbits % 8 ? nbits % 8 : 8);
  size_t need = (bits + nbits + 7) / 8;
  if (buf.size() < need) buf.resize(need, 0);
  auto put_top = [&] {
    uint8_t top = uint8_t(byte_at(nbytes - 1) & low_mask(r));
    if (r == 8) {
      store_byte(buf, bits, top);
      return;
    }
    // r < 8 bits: at most two bytes.
    unsigned used = unsigned(bits & 7);
    size_t k = bits >> 3;
    unsigned room = 8 - used;
    if (r <= room) {
      buf[k] |= uint8_t(top << (room - r));
    } else {
      buf[k] |= uint8_t(top >> (r - room));
      buf[k + 1] = uint8_t(top << (8 - (r - room)));
    }
    bits += r;
  };
  if (little) {
    for (size_t i = 0; i + 1 < nbytes; i++) store_byte(buf, bits, byte_at(i));
    put_top();
  } else {
    put_top();
    for (size_t i = nbytes - 1; i-- > 0;) store_byte(buf, bits, byte_at(i));
  }
}
}  // namespace

bool BitWriter::put_integer(Term value, int64_t size_bits, bool little, bool /*is_signed*/) {
  if (!is_integer(value)) return fail(BitsError::kType);
  if (size_bits < 0) return fail(BitsError::kSize);
  if (size_bits == 0) return true;
  size_t n = size_t(size_bits);
  if (is_small(value)) {
    int64_t x = small_value(value);
    if (!little && n <= 64) {
      put_uint_bits(uint64_t(x), unsigned(n));
      return true;
    }
    uint8_t fill = x < 0 ? 0xFF : 0;
    emit_integer(buf_, bits_, n, little,
                 [x, fill](size_t i) -> uint8_t { return i < 8 ? uint8_t(uint64_t(x) >> (8 * i)) : fill; });
    return true;
  }
  BigView bv = big_view(value);
  size_t mag_bytes = bv.n * 8;
  auto mag = [&bv, mag_bytes](size_t i) -> uint8_t {
    return i < mag_bytes ? uint8_t(bv.limbs[i / 8] >> (8 * (i % 8))) : 0;
  };
  if (!bv.negative) {
    emit_integer(buf_, bits_, n, little, mag);
  } else {
    // Two's complement of the magnitude, byte by byte: bytes below the
    // lowest non-zero one stay 0, that one is negated, the rest inverted.
    size_t z = 0;
    while (mag(z) == 0) z++;
    emit_integer(buf_, bits_, n, little, [&mag, z](size_t i) -> uint8_t {
      if (i < z) return 0;
      if (i == z) return uint8_t(-mag(i));
      return uint8_t(~mag(i));
    });
  }
  return true;
}

bool BitWriter::put_float(Term value, int64_t size_bits, bool little) {
  if (size_bits != 16 && size_bits != 32 && size_bits != 64) return fail(BitsError::kInvalid);
  uint64_t pattern;
  if (is_float(value)) {
    double d = float_value(value);
    if (size_bits == 64) {
      std::memcpy(&pattern, &d, 8);
    } else if (size_bits == 32) {
      float f = double_to_float(d);  // too large: infinity, as erl
      uint32_t w;
      std::memcpy(&w, &f, 4);
      pattern = w;
    } else {
      pattern = double_to_half(d);
    }
  } else if (is_small(value)) {
    int64_t x = small_value(value);
    if (size_bits == 64) {
      double d = double(x);
      std::memcpy(&pattern, &d, 8);
    } else if (size_bits == 32) {
      float f = float(x);  // one rounding, like ERTS's (float) Sint
      uint32_t w;
      std::memcpy(&w, &f, 4);
      pattern = w;
    } else {
      // |x| < 2^59: a double rounding can only happen far beyond the half
      // range, where the result is infinity either way.
      pattern = double_to_half(double(x));
    }
  } else if (is_bignum(value)) {
    bool overflow = false;
    double d = integer_to_double(value, &overflow);
    if (overflow || !std::isfinite(d)) return fail(BitsError::kNoFloat);
    if (size_bits == 64) {
      std::memcpy(&pattern, &d, 8);
    } else if (size_bits == 32) {
      float f = double_to_float(d);
      uint32_t w;
      std::memcpy(&w, &f, 4);
      pattern = w;
    } else {
      pattern = double_to_half(d);
    }
  } else {
    return fail(BitsError::kType);
  }
  unsigned n = unsigned(size_bits);
  if (!little) {
    put_uint_bits(pattern, n);
  } else {
    grow_to(bits_ + n);
    for (unsigned i = 0; i < n / 8; i++) store_byte(buf_, bits_, uint8_t(pattern >> (8 * i)));
  }
  return true;
}

void BitWriter::put_bits(const uint8_t* src, size_t src_bit_offset, size_t nbits) {
  if (nbits == 0) return;
  grow_to(bits_ + nbits);
  src += src_bit_offset / 8;
  unsigned off = unsigned(src_bit_offset % 8);
  size_t full = nbits / 8;
  unsigned rest = unsigned(nbits % 8);
  if (off == 0 && bits_ % 8 == 0) {
    std::memcpy(buf_.data() + bits_ / 8, src, full);
    bits_ += full * 8;
  } else {
    for (size_t i = 0; i < full; i++) store_byte(buf_, bits_, read_byte(src, off + 8 * i));
  }
  if (rest) put_uint_bits(read_bits(src, off + 8 * full, rest), rest);
}

bool BitWriter::put_binary(Term bitstring, int64_t size_bits_or_all) {
  if (!is_bitstring(bitstring)) return fail(BitsError::kType);
  BitsView v = bits_view(bitstring);
  size_t n = v.bit_size();
  if (size_bits_or_all >= 0) {
    if (uint64_t(size_bits_or_all) > n) return fail(BitsError::kShort);
    n = size_t(size_bits_or_all);
  } else if (size_bits_or_all != -1) {
    return fail(BitsError::kSize);
  }
  put_bits(v.base, v.bit_offset, n);
  return true;
}

void BitWriter::put_string(const uint8_t* bytes, size_t n) { put_bits(bytes, 0, n * 8); }

bool BitWriter::put_utf8(Term codepoint) {
  if (!valid_codepoint(codepoint)) return fail(BitsError::kType);
  uint32_t c = uint32_t(small_value(codepoint));
  if (c < 0x80) {
    put_uint_bits(c, 8);
  } else if (c < 0x800) {
    put_uint_bits(((0xC0u | (c >> 6)) << 8) | (0x80u | (c & 0x3F)), 16);
  } else if (c < 0x10000) {
    put_uint_bits(((0xE0u | (c >> 12)) << 16) | ((0x80u | ((c >> 6) & 0x3F)) << 8) |
                      (0x80u | (c & 0x3F)),
                  24);
  } else {
    put_uint_bits((uint64_t(0xF0u | (c >> 18)) << 24) | ((0x80u | ((c >> 12) & 0x3F)) << 16) |
                      ((0x80u | ((c >> 6) & 0x3F)) << 8) | (0x80u | (c & 0x3F)),
                  32);
  }
  return true;
}

bool BitWriter::put_utf16(Term codepoint, bool little) {
  if (!valid_codepoint(codepoint)) return fail(BitsError::kType);
  uint32_t c = uint32_t(small_value(codepoint));
  auto unit = [&](uint32_t w) {
    if (little) w = ((w & 0xFF) << 8) | (w >> 8);
    put_uint_bits(w, 16);
  };
  if (c < 0x10000) {
    unit(c);
  } else {
    c -= 0x10000;
    unit(0xD800 | (c >> 10));
    unit(0xDC00 | (c & 0x3FF));
  }
  return true;
}

bool BitWriter::put_utf32(Term codepoint, bool little) {
  if (!valid_codepoint(codepoint)) return fail(BitsError::kType);
  return put_integer(codepoint, 32, little, false);
}

Term BitWriter::finish(TermAllocator& a) const {
  size_t nbytes = (bits_ + 7) / 8;
  Term bin = make_binary(a, buf_.data(), nbytes);
  if (bits_ % 8 == 0) return bin;
  Word* p = a.alloc(kSubBinaryWords);
  p[0] = make_header(Subtag::kSubBinary, kSubBinaryWords - 1);
  p[1] = nbytes - 1;
  p[2] = 0;
  p[3] = bits_ % 8;
  p[4] = bin.raw();
  return make_boxed(p);
}

// ---- BitReader ------------------------------------------------------------------

BitReader::BitReader(Term bitstring) {
  size_t off;
  orig = real_binary(bitstring, &off);
  base = bits_view(orig);
  bit_pos = off;
  bit_end = off + bits_view(bitstring).bit_size();
}

BitReader::BitReader(Term orig_bin, size_t pos, size_t end)
    : orig(orig_bin), base(bits_view(orig_bin)), bit_pos(pos), bit_end(end) {}

uint64_t BitReader::peek_uint_at(size_t pos, unsigned n) const { return read_bits(base.base, pos, n); }

std::optional<Term> BitReader::get_integer(TermAllocator& a, size_t bits, bool little,
                                           bool is_signed) {
  if (bits == 0) return make_small(0);
  if (remaining_bits() < bits) return std::nullopt;
  const uint8_t* src = base.base;
  size_t nbytes = (bits + 7) / 8;
  unsigned r = unsigned(bits % 8 ? bits % 8 : 8);
  if (bits <= 64) {
    uint64_t u;
    if (!little) {
      u = read_bits(src, bit_pos, unsigned(bits));
    } else {
      u = 0;
      for (size_t i = 0; i + 1 < nbytes; i++) u |= uint64_t(read_byte(src, bit_pos + 8 * i)) << (8 * i);
      u |= read_bits(src, bit_pos + 8 * (nbytes - 1), r) << (8 * (nbytes - 1));
    }
    bit_pos += bits;
    if (is_signed && (u >> (bits - 1)) & 1) {
      uint64_t full = u | ~low_mask(unsigned(bits));  // sign-extended
      return make_int_mag64(a, uint64_t(0) - full, true);
    }
    return make_int_mag64(a, u, false);
  }
  // Wide fields: collect the little-endian bytes of the field.
  std::vector<uint8_t> le(nbytes);
  if (little) {
    for (size_t i = 0; i + 1 < nbytes; i++) le[i] = read_byte(src, bit_pos + 8 * i);
    le[nbytes - 1] = uint8_t(read_bits(src, bit_pos + 8 * (nbytes - 1), r));
  } else {
    le[nbytes - 1] = uint8_t(read_bits(src, bit_pos, r));
    size_t pos = bit_pos + r;
    for (size_t i = nbytes - 1; i-- > 0; pos += 8) le[i] = read_byte(src, pos);
  }
  bool negative = false;
  if (is_signed && (le[nbytes - 1] >> (r - 1)) & 1) {
    negative = true;
    le[nbytes - 1] = uint8_t(le[nbytes - 1] | ~low_mask(r));
    unsigned carry = 1;  // magnitude = ~x + 1
    for (size_t i = 0; i < nbytes; i++) {
      unsigned d = unsigned(uint8_t(~le[i])) + carry;
      le[i] = uint8_t(d);
      carry = d >> 8;
    }
  }
  size_t len = nbytes;
  while (len > 0 && le[len - 1] == 0) len--;
  if (len <= 8) {
    uint64_t mag = 0;
    for (size_t i = 0; i < len; i++) mag |= uint64_t(le[i]) << (8 * i);
    bit_pos += bits;
    return make_int_mag64(a, mag, negative);
  }
  size_t limbs = (len + 7) / 8;
  if (limbs > kMaxBigLimbs) return std::nullopt;
  Word* hp = a.alloc(bignum_words(limbs));
  size_t used;
  Term t = integer_from_le_bytes(hp, le.data(), len, negative, &used);
  bit_pos += bits;
  return t;
}

std::optional<Term> BitReader::get_float(TermAllocator& a, size_t bits, bool little) {
  if (bits == 0) return make_float(a, 0.0);  // as ERTS: consumes nothing
  if (remaining_bits() < bits) return std::nullopt;
  if (bits != 16 && bits != 32 && bits != 64) return std::nullopt;
  uint64_t u = read_bits(base.base, bit_pos, unsigned(bits));
  if (little) {
    uint64_t s = 0;
    for (size_t i = 0; i < bits / 8; i++) s = (s << 8) | ((u >> (8 * i)) & 0xFF);
    u = s;
  }
  double d;
  if (bits == 64) {
    std::memcpy(&d, &u, 8);
  } else if (bits == 32) {
    uint32_t w = uint32_t(u);
    float f;
    std::memcpy(&f, &w, 4);
    d = f;
  } else {
    d = half_to_double(uint16_t(u));
  }
  if (!std::isfinite(d)) return std::nullopt;
  bit_pos += bits;
  return make_float(a, d);
}

std::optional<Term> BitReader::get_binary(TermAllocator& a, size_t bits) {
  if (remaining_bits() < bits) return std::nullopt;
  Term t = extract_bits(a, orig, bit_pos, bits);
  bit_pos += bits;
  return t;
}

Term BitReader::get_tail(TermAllocator& a) {
  Term t = extract_bits(a, orig, bit_pos, remaining_bits());
  bit_pos = bit_end;
  return t;
}

bool BitReader::skip(size_t bits) {
  if (remaining_bits() < bits) return false;
  bit_pos += bits;
  return true;
}

std::optional<uint32_t> BitReader::get_utf8() {
  size_t rem = remaining_bits();
  if (rem < 8) return std::nullopt;
  const uint8_t* src = base.base;
  uint32_t b0 = read_byte(src, bit_pos);
  unsigned trail;
  if (b0 < 0x80) {
    trail = 0;
  } else if (b0 < 0xC2) {
    return std::nullopt;  // continuation byte, or overlong C0/C1
  } else if (b0 < 0xE0) {
    trail = 1;
  } else if (b0 < 0xF0) {
    trail = 2;
  } else if (b0 < 0xF8) {
    trail = 3;
  } else {
    return std::nullopt;
  }
  if (rem < 8 * (trail + 1)) return std::nullopt;
  uint32_t c[3] = {0, 0, 0};
  for (unsigned i = 0; i < trail; i++) {
    c[i] = read_byte(src, bit_pos + 8 * (i + 1));
    if ((c[i] & 0xC0) != 0x80) return std::nullopt;
  }
  uint32_t cp;
  switch (trail) {
    case 0:
      cp = b0;
      break;
    case 1:
      cp = ((b0 & 0x1F) << 6) | (c[0] & 0x3F);
      break;
    case 2:
      if (b0 == 0xE0 && c[0] < 0xA0) return std::nullopt;  // overlong
      cp = ((b0 & 0x0F) << 12) | ((c[0] & 0x3F) << 6) | (c[1] & 0x3F);
      if (cp >= 0xD800 && cp <= 0xDFFF) return std::nullopt;
      break;
    default:
      if (b0 == 0xF0 && c[0] < 0x90) return std::nullopt;  // overlong
      cp = ((b0 & 0x07) << 18) | ((c[0] & 0x3F) << 12) | ((c[1] & 0x3F) << 6) | (c[2] & 0x3F);
      if (cp > 0x10FFFF) return std::nullopt;
      break;
  }
  bit_pos += 8 * (trail + 1);
  return cp;
}

std::optional<uint32_t> BitReader::get_utf16(bool little) {
  size_t rem = remaining_bits();
  if (rem < 16) return std::nullopt;
  auto unit = [&](size_t pos) -> uint32_t {
    uint32_t w = uint32_t(read_bits(base.base, pos, 16));
    return little ? ((w & 0xFF) << 8) | (w >> 8) : w;
  };
  uint32_t w1 = unit(bit_pos);
  if (w1 < 0xD800 || w1 > 0xDFFF) {
    bit_pos += 16;
    return w1;
  }
  if (w1 > 0xDBFF || rem < 32) return std::nullopt;
  uint32_t w2 = unit(bit_pos + 16);
  if (w2 < 0xDC00 || w2 > 0xDFFF) return std::nullopt;
  bit_pos += 32;
  return (((w1 & 0x3FF) << 10) | (w2 & 0x3FF)) + 0x10000;
}

std::optional<uint32_t> BitReader::get_utf32(bool little) {
  if (remaining_bits() < 32) return std::nullopt;
  uint32_t w = uint32_t(read_bits(base.base, bit_pos, 32));
  if (little) w = __builtin_bswap32(w);
  if (w > 0x10FFFF || (w >= 0xD800 && w <= 0xDFFF)) return std::nullopt;
  bit_pos += 32;
  return w;
}

bool BitReader::match_string(const uint8_t* bytes, size_t bits) {
  if (remaining_bits() < bits) return false;
  const uint8_t* src = base.base;
  size_t full = bits / 8;
  unsigned rest = unsigned(bits % 8);
  if (bit_pos % 8 == 0) {
    if (full && std::memcmp(src + bit_pos / 8, bytes, full) != 0) return false;
  } else {
    for (size_t i = 0; i < full; i++) {
      if (read_byte(src, bit_pos + 8 * i) != bytes[i]) return false;
    }
  }
  if (rest && read_bits(src, bit_pos + 8 * full, rest) != uint64_t(bytes[full] >> (8 - rest))) {
    return false;
  }
  bit_pos += bits;
  return true;
}

}  // namespace openbeam::vm
