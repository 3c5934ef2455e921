// Tests for the bit syntax primitives (vm/bits.hpp) against the real ERTS.
//
// tests/unit/data/bits_cases.inc is produced by
// tests/unit/data/gen_bits_cases.erl with Erlang/OTP 25 (see that file for
// the command line). kPutCases are constructions <<V:Size/Type-Flags>> with
// erl's result (~w text) or its badarg reason; kGetCases are matches
// <<_:Pre, X:Size/Type-Flags, Rest/bits>> = Bin with erl's X and Rest (~w),
// or no match. The hand-written tests below check properties that need no
// erl: round trips, slicing, half-float conversion, the helpers.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "vm/bits.hpp"
#include "vm/ext_term.hpp"
#include "vm/integer_arith.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term_write.hpp"

namespace {

using namespace openbeam::vm;

struct Bytes {
  const char* p;
  size_t n;
};

struct PutCase {
  const char* type;    // integer, float, bits, bits_all, utf8, utf16, utf32
  const char* endian;  // big, little, native
  bool is_signed;
  int64_t size;
  int layout;          // 0: <<V:S>>, 1: <<5:3, V:S, 1:1>>
  Bytes value;         // term_to_binary(V)
  const char* want;    // ~w of the result, nullptr for badarg
  const char* reason;  // erl's error_info reason for a badarg
};

struct GetCase {
  const char* type;
  const char* endian;
  bool is_signed;
  int64_t size;
  int pre;           // bits skipped first
  Bytes bin;         // term_to_binary(Bin)
  const char* x;     // ~w of the matched value, nullptr for no match
  const char* rest;  // ~w of the rest
};

#include "data/bits_cases.inc"

Term decode(TermArena& arena, Bytes b) {
  ExtError err;
  auto t = binary_to_term(arena, reinterpret_cast<const uint8_t*>(b.p), b.n, &err);
  INFO("decode error at " << err.offset << ": " << err.message);
  REQUIRE(t.has_value());
  return *t;
}

bool little_of(const char* endian) { return std::strcmp(endian, "big") != 0; }  // native = little

const char* reason_name(BitsError e) {
  switch (e) {
    case BitsError::kNone: return "none";
    case BitsError::kType: return "type";
    case BitsError::kShort: return "short";
    case BitsError::kNoFloat: return "no_float";
    case BitsError::kInvalid: return "invalid";
    case BitsError::kSize: return "size";
  }
  return "?";
}

bool put_segment(BitWriter& w, const PutCase& c, Term v) {
  std::string t = c.type;
  bool little = little_of(c.endian);
  if (t == "integer") return w.put_integer(v, c.size, little, c.is_signed);
  if (t == "float") return w.put_float(v, c.size, little);
  if (t == "bits") return w.put_binary(v, c.size);
  if (t == "bits_all") return w.put_binary(v, -1);
  if (t == "utf8") return w.put_utf8(v);
  if (t == "utf16") return w.put_utf16(v, little);
  if (t == "utf32") return w.put_utf32(v, little);
  FAIL("unknown segment type " << t);
  return false;
}

// Shape rules of a finished/extracted bitstring.
void check_shape(Term t) {
  BitsView v = bits_view(t);
  Subtag s = boxed_subtag(t);
  if (s == Subtag::kSubBinary) {
    Term orig(boxed_ptr(t)[4]);
    CHECK(boxed_subtag(orig) != Subtag::kSubBinary);
  } else if (s == Subtag::kHeapBinary) {
    CHECK(v.bytes <= kHeapBinaryMax);
  } else {
    CHECK(s == Subtag::kRefcBinary);
    CHECK(v.bytes > kHeapBinaryMax);
  }
}

std::string describe(const PutCase& c, const std::string& value) {
  return std::string(c.type) + "/" + c.endian + (c.is_signed ? "-signed" : "") +
         " size " + std::to_string(c.size) + " layout " + std::to_string(c.layout) + " value " + value;
}

// The bits of a bitstring, one char per bit.
std::string bit_text(Term t) {
  BitsView v = bits_view(t);
  std::string s;
  for (size_t i = 0; i < v.bit_size(); i++) s += char('0' + v.bit(i));
  return s;
}

}  // namespace

TEST_CASE("bit syntax construction matches erl", "[vm][bits]") {
  REQUIRE(std::size(kPutCases) >= 300);
  size_t ok_cases = 0, error_cases = 0;
  for (const PutCase& c : kPutCases) {
    TermArena arena;
    Term v = decode(arena, c.value);
    INFO(describe(c, write_term(v)));
    BitWriter w;
    bool ok = true;
    if (c.layout == 1) REQUIRE(w.put_integer(make_small(5), 3, false, false));
    ok = put_segment(w, c, v);
    if (ok && c.layout == 1) REQUIRE(w.put_integer(make_small(1), 1, false, false));
    if (!c.want) {
      CHECK_FALSE(ok);
      CHECK(std::string(reason_name(w.error())) == c.reason);
      error_cases++;
      continue;
    }
    REQUIRE(ok);
    Term r = w.finish(arena);
    CHECK(write_term(r) == c.want);
    check_shape(r);
    ok_cases++;
  }
  CHECK(ok_cases > 0);
  CHECK(error_cases > 0);
}

TEST_CASE("bit syntax matching matches erl", "[vm][bits]") {
  REQUIRE(std::size(kGetCases) >= 300);
  for (const GetCase& c : kGetCases) {
    TermArena arena;
    Term bin = decode(arena, c.bin);
    INFO(std::string(c.type) + "/" + c.endian + (c.is_signed ? "-signed" : "") + " size " +
         std::to_string(c.size) + " pre " + std::to_string(c.pre) + " bin " + write_term(bin));
    BitReader r(bin);
    std::optional<Term> x;
    if (r.skip(size_t(c.pre))) {
      size_t before = r.bit_pos;
      std::string t = c.type;
      bool little = little_of(c.endian);
      if (t == "integer") {
        x = r.get_integer(arena, size_t(c.size), little, c.is_signed);
      } else if (t == "float") {
        x = r.get_float(arena, size_t(c.size), little);
      } else if (t == "bits") {
        x = r.get_binary(arena, size_t(c.size));
      } else {
        std::optional<uint32_t> cp = t == "utf8"    ? r.get_utf8()
                                     : t == "utf16" ? r.get_utf16(little)
                                                    : r.get_utf32(little);
        if (cp) x = make_small(*cp);
      }
      if (!x) CHECK(r.bit_pos == before);  // a failed get does not move
    }
    if (!c.x) {
      CHECK_FALSE(x.has_value());
      continue;
    }
    REQUIRE(x.has_value());
    CHECK(write_term(*x) == c.x);
    if (is_bitstring(*x)) check_shape(*x);
    Term rest = r.get_tail(arena);
    CHECK(write_term(rest) == c.rest);
    check_shape(rest);
    CHECK(r.remaining_bits() == 0);
  }
}

TEST_CASE("integers round-trip through put and get", "[vm][bits]") {
  std::mt19937_64 rng(12345);
  TermArena arena;
  for (int iter = 0; iter < 3000; iter++) {
    // A random integer: small, or a bignum of up to 5 limbs.
    Term v;
    if (iter % 3 == 0) {
      v = make_small(int64_t(rng()) >> (4 + rng() % 60));
    } else {
      size_t len = 1 + rng() % 40;
      std::vector<uint8_t> mag(len);
      for (auto& b : mag) b = uint8_t(rng());
      Word* hp = arena.alloc(bignum_words((len + 7) / 8));
      size_t used;
      v = integer_from_le_bytes(hp, mag.data(), len, rng() & 1, &used);
    }
    size_t size = rng() % 330;
    bool little = rng() & 1, is_signed = rng() & 1;
    unsigned pre = unsigned(rng() % 8);
    BitWriter w1;
    w1.put_uint_bits(rng(), pre);
    REQUIRE(w1.put_integer(v, int64_t(size), little, is_signed));
    w1.put_uint_bits(rng(), 5);
    Term b1 = w1.finish(arena);
    BitReader r(b1);
    REQUIRE(r.skip(pre));
    std::optional<Term> x = r.get_integer(arena, size, little, is_signed);
    REQUIRE(x.has_value());
    INFO("value " << write_term(v) << " size " << size << " little " << little << " signed "
                  << is_signed << " got " << write_term(*x));
    // X is V modulo 2^size, in the range the signedness asks for.
    if (size < 64 && is_small(*x)) {
      int64_t xv = small_value(*x);
      if (is_signed) {
        CHECK(xv >= -(int64_t(1) << (size ? size - 1 : 0)));
        CHECK((size == 0 || xv < (int64_t(1) << (size - 1))));
      } else {
        CHECK(xv >= 0);
        CHECK(uint64_t(xv) < (uint64_t(1) << size));
      }
    }
    BitWriter w2;
    w2.put_uint_bits(0, pre);
    REQUIRE(w2.put_integer(*x, int64_t(size), little, is_signed));
    Term b2 = w2.finish(arena);
    CHECK(bit_text(b2).substr(pre) == bit_text(b1).substr(pre, size));
    // Re-reading X itself gives X.
    BitReader r2(b2);
    REQUIRE(r2.skip(pre));
    auto x2 = r2.get_integer(arena, size, little, is_signed);
    REQUIRE(x2.has_value());
    CHECK(write_term(*x2) == write_term(*x));
  }
}

TEST_CASE("slicing never nests sub binaries", "[vm][bits]") {
  std::mt19937_64 rng(99);
  TermArena arena;
  std::vector<uint8_t> data(300);
  for (auto& b : data) b = uint8_t(rng());
  Term big = make_binary(arena, data.data(), data.size());
  REQUIRE(boxed_subtag(big) == Subtag::kRefcBinary);
  std::string all = bit_text(big);
  for (int iter = 0; iter < 500; iter++) {
    size_t off = rng() % 2400, len = rng() % (2400 - off + 1);
    BitReader r(big);
    REQUIRE(r.skip(off));
    auto piece = r.get_binary(arena, len);
    REQUIRE(piece.has_value());
    CHECK(bit_text(*piece) == all.substr(off, len));
    check_shape(*piece);
    // A slice of the slice still points at `big`.
    size_t off2 = len ? rng() % len : 0, len2 = rng() % (len - off2 + 1);
    BitReader r2(*piece);
    REQUIRE(r2.skip(off2));
    auto piece2 = r2.get_binary(arena, len2);
    REQUIRE(piece2.has_value());
    CHECK(bit_text(*piece2) == all.substr(off + off2, len2));
    check_shape(*piece2);
    Term sub = make_sub_binary(arena, *piece, off2, len2);
    REQUIRE(boxed_subtag(sub) == Subtag::kSubBinary);
    // (small byte-aligned pieces are heap binary copies, as in ERTS)
    Term root = boxed_subtag(*piece) == Subtag::kHeapBinary ? *piece : big;
    CHECK(Term(boxed_ptr(sub)[4]) == root);
    CHECK(bit_text(sub) == all.substr(off + off2, len2));
    // Copying the slice into a writer at any alignment keeps the bits.
    BitWriter w;
    unsigned pre = unsigned(rng() % 8);
    w.put_uint_bits(0, pre);
    REQUIRE(w.put_binary(*piece2, -1));
    Term copy = w.finish(arena);
    CHECK(bit_text(copy) == std::string(pre, '0') + all.substr(off + off2, len2));
    check_shape(copy);
    // match_string against the original bytes at the same position.
    BitReader r3(big);
    REQUIRE(r3.skip(off));
    std::vector<uint8_t> want((len + 7) / 8 + 1, 0);
    for (size_t i = 0; i < len; i++) {
      if (all[off + i] == '1') want[i / 8] |= uint8_t(0x80 >> (i % 8));
    }
    CHECK(r3.match_string(want.data(), len));
    CHECK(r3.bit_pos == off + len);
    if (len > 0) {
      BitReader r4(big);
      REQUIRE(r4.skip(off));
      want[(len - 1) / 8] ^= uint8_t(0x80 >> ((len - 1) % 8));
      CHECK_FALSE(r4.match_string(want.data(), len));
      CHECK(r4.bit_pos == off);
    }
  }
}

TEST_CASE("bit reader bookkeeping", "[vm][bits]") {
  TermArena arena;
  const uint8_t bytes[] = {0xAB, 0xCD, 0xEF};
  Term bin = make_binary(arena, bytes, 3);
  BitReader r(bin);
  CHECK(r.remaining_bits() == 24);
  CHECK(r.test_unit(8));
  CHECK(r.test_unit(3));
  CHECK_FALSE(r.test_unit(5));
  CHECK(r.skip(5));
  CHECK(r.remaining_bits() == 19);
  CHECK_FALSE(r.test_unit(8));
  CHECK(r.test_unit(1));
  CHECK_FALSE(r.skip(20));
  CHECK(r.remaining_bits() == 19);
  CHECK_FALSE(r.get_integer(arena, 20, false, false).has_value());
  CHECK_FALSE(r.get_binary(arena, 20).has_value());
  CHECK(r.peek_uint(3) == 0x3);  // 0xAB = 1010 1|011
  const uint8_t s[] = {0x60};    // 011
  CHECK(r.match_string(s, 3));
  CHECK(r.remaining_bits() == 16);
  CHECK(write_term(r.get_tail(arena)) == "<<205,239>>");
  CHECK(r.remaining_bits() == 0);
  CHECK(r.match_string(s, 0));
  CHECK(write_term(*r.get_integer(arena, 0, false, true)) == "0");

  // A reader on a sub binary works on the original.
  Term sub = make_sub_binary(arena, bin, 4, 12);
  BitReader rs(sub);
  CHECK(rs.orig == bin);
  CHECK(rs.bit_pos == 4);
  CHECK(rs.bit_end == 16);
  CHECK(write_term(*rs.get_integer(arena, 12, false, false)) == std::to_string(0xBCD));
  // Rebuilding from (orig, pos, end).
  BitReader again(bin, 8, 24);
  CHECK(write_term(again.get_tail(arena)) == "<<205,239>>");
}

TEST_CASE("bit writer errors and helpers", "[vm][bits]") {
  TermArena arena;
  BitWriter w;
  CHECK_FALSE(w.put_integer(make_small(1), -1, false, false));
  CHECK(w.error() == BitsError::kSize);
  CHECK_FALSE(w.put_binary(make_binary(arena, nullptr, 0), -2));
  CHECK(w.put_integer(make_small(1), 0, false, false));
  CHECK(w.bit_size() == 0);
  CHECK(write_term(w.finish(arena)) == "<<>>");
  const uint8_t str[] = {'a', 'b'};
  w.put_uint_bits(1, 1);
  w.put_string(str, 2);
  CHECK(w.bit_size() == 17);
  CHECK(write_term(w.finish(arena)) == "<<176,177,0:1>>");
  w.clear();
  CHECK(w.bit_size() == 0);
  // Large constructions become refc binaries; sizes of 65 bytes exactly too.
  std::vector<uint8_t> big(65, 7);
  w.put_string(big.data(), big.size());
  Term r = w.finish(arena);
  CHECK(boxed_subtag(r) == Subtag::kRefcBinary);
  w.put_uint_bits(1, 3);
  Term r2 = w.finish(arena);
  CHECK(boxed_subtag(r2) == Subtag::kSubBinary);
  CHECK(bits_view(r2).bit_size() == 65 * 8 + 3);
  CHECK(boxed_subtag(Term(boxed_ptr(r2)[4])) == Subtag::kRefcBinary);
  Term h = make_binary(arena, big.data(), 64);
  CHECK(boxed_subtag(h) == Subtag::kHeapBinary);
  // A huge field: <<-1:100000>> and back.
  BitWriter wh;
  REQUIRE(wh.put_integer(make_small(-1), 100000, true, true));
  Term hb = wh.finish(arena);
  BitReader rh(hb);
  CHECK(write_term(*rh.get_integer(arena, 100000, true, true)) == "-1");
  BitReader rh2(hb);
  auto u = rh2.get_integer(arena, 100000, false, false);
  REQUIRE(u.has_value());
  CHECK(is_bignum(*u));
  CHECK(big_view(*u).n == (100000 + 63) / 64);
  // The largest integer erl matches has kMaxBigLimbs limbs: with
  // N = 33554368 bits of ones, <<X:N, _/bits>> matches, <<X:(N+1), ...>> not.
  size_t n = kMaxBigLimbs * 64;
  BitWriter wl;
  REQUIRE(wl.put_integer(make_small(-1), int64_t(n + 64), false, false));
  Term lb = wl.finish(arena);
  BitReader rl(lb);
  CHECK_FALSE(rl.get_integer(arena, n + 1, false, false).has_value());
  CHECK(rl.bit_pos == 0);
  auto top = rl.get_integer(arena, n, false, false);
  REQUIRE(top.has_value());
  CHECK(big_view(*top).n == kMaxBigLimbs);
}

TEST_CASE("half floats convert like erl's _Float16", "[vm][bits]") {
  // Every finite half survives half -> double -> half.
  for (uint32_t h = 0; h < 0x10000; h++) {
    if (((h >> 10) & 0x1F) == 0x1F) continue;
    double d = half_to_double(uint16_t(h));
    CHECK(double_to_half(d) == h);
  }
  CHECK(double_to_half(65520.0) == 0x7C00);
  CHECK(double_to_half(65519.99) == 0x7BFF);
  CHECK(double_to_half(-1.0e300) == 0xFC00);
  CHECK(double_to_half(2.9802322387695312e-8) == 0x0000);  // tie to even
  CHECK(double_to_half(-0.0) == 0x8000);
#if defined(__FLT16_MAX__)
  // Against the compiler's own correctly rounded conversion, which is what
  // ERTS uses when _Float16 exists (erl's results above agree with it).
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200000; i++) {
    uint64_t bits = rng();
    // Bias the exponent towards the half range.
    if (i % 2) bits = (bits & 0x800FFFFFFFFFFFFFull) | (uint64_t(1023 - 30 + rng() % 50) << 52);
    double d;
    std::memcpy(&d, &bits, 8);
    if (!std::isfinite(d)) continue;
    _Float16 f = static_cast<_Float16>(d);
    uint16_t want;
    std::memcpy(&want, &f, 2);
    INFO("double " << d);
    CHECK(double_to_half(d) == want);
  }
#endif
}
