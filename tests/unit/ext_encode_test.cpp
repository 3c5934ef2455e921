// Tests for openbeam::vm::term_to_binary / external_size (vm/ext_encode.hpp)
// against the real ERTS.
//
// tests/unit/data/ext_encode_cases.inc is produced by
// tests/unit/data/gen_ext_encode_cases.erl with Erlang/OTP 25 (see that file
// for the command line). For each term it holds erl's term_to_binary/1,2
// bytes with minor_version 0/1/2, compressed, {compressed,9} and
// deterministic, and erlang:external_size/1,2. The test decodes erl's plain
// bytes with our decoder, re-encodes the term with our encoder and compares
// byte for byte.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "vm/binary.hpp"
#include "vm/ext_encode.hpp"
#include "vm/ext_term.hpp"
#include "vm/literal_arena.hpp"

namespace {

using openbeam::vm::binary_to_term;
using openbeam::vm::EncodeError;
using openbeam::vm::EncodeOptions;
using openbeam::vm::ExtError;
using openbeam::vm::external_size;
using openbeam::vm::Term;
using openbeam::vm::TermArena;
using openbeam::vm::term_to_binary;
using openbeam::vm::Word;

struct Bytes {
  const char* p;  // nullptr: same as the plain encoding
  size_t n;
};

struct EncCase {
  const char* name;
  bool deterministic_only;  // hash map with atom keys
  Bytes plain;              // term_to_binary(T) = [{minor_version, 1}]
  Bytes minor0;             // [{minor_version, 0}]
  Bytes minor2;             // [{minor_version, 2}]
  Bytes compressed;         // [compressed] (level 6)
  Bytes compressed9;        // [{compressed, 9}]
  Bytes deterministic;      // [deterministic]
  size_t external_size1;    // erlang:external_size(T)
  size_t external_size0;    // erlang:external_size(T, [{minor_version, 0}])
};

struct LcgFact {
  int level;
  size_t size;
  uint32_t crc;
};

#include "data/ext_encode_cases.inc"

std::vector<uint8_t> vec(Bytes b, Bytes plain) {
  if (!b.p) b = plain;
  return std::vector<uint8_t>(reinterpret_cast<const uint8_t*>(b.p),
                              reinterpret_cast<const uint8_t*>(b.p) + b.n);
}

// "" when equal, else where they differ (the vectors can be large).
std::string diff(const std::optional<std::vector<uint8_t>>& got, const std::vector<uint8_t>& want) {
  if (!got) return "encoder failed";
  if (*got == want) return "";
  size_t i = 0;
  while (i < got->size() && i < want.size() && (*got)[i] == want[i]) i++;
  std::string s = "sizes " + std::to_string(got->size()) + " vs erl " +
                  std::to_string(want.size()) + ", first difference at byte " + std::to_string(i);
  if (i < got->size() && i < want.size())
    s += ": " + std::to_string((*got)[i]) + " vs erl " + std::to_string(want[i]);
  return s;
}

Term decode(TermArena& arena, const std::vector<uint8_t>& b) {
  ExtError err{0, ""};
  auto t = binary_to_term(arena, b.data(), b.size(), &err);
  INFO("decode error: " << err.message << " at " << err.offset);
  REQUIRE(t.has_value());
  return *t;
}

EncodeOptions opts(int minor, int level = -1, bool det = false) {
  EncodeOptions o;
  o.minor_version = minor;
  o.compressed_level = level;
  o.deterministic = det;
  return o;
}

}  // namespace

TEST_CASE("ext_encode: the table covers what the brief asks for", "[ext_encode]") {
  CHECK(std::size(kEncCases) >= 100);
  EncodeOptions d;
  CHECK(d.minor_version == 1);  // erl 25's term_to_binary/1
  CHECK(d.compressed_level == -1);
  CHECK_FALSE(d.deterministic);
}

TEST_CASE("ext_encode: every erl encoding of every term, byte for byte", "[ext_encode]") {
  size_t compared = 0;
  for (const EncCase& c : kEncCases) {
    INFO("case: " << c.name);
    TermArena arena;
    std::vector<uint8_t> plain = vec(c.plain, c.plain);
    Term t = decode(arena, plain);

    CHECK(external_size(t, opts(1)) == c.external_size1);
    CHECK(external_size(t, opts(0)) == c.external_size0);
    CHECK(diff(term_to_binary(t, opts(1, -1, true)), vec(c.deterministic, c.plain)) == "");
    compared += 3;
    if (c.deterministic_only) continue;

    CHECK(diff(term_to_binary(t, EncodeOptions{}), plain) == "");
    CHECK(diff(term_to_binary(t, opts(1)), plain) == "");
    CHECK(diff(term_to_binary(t, opts(0)), vec(c.minor0, c.plain)) == "");
    CHECK(diff(term_to_binary(t, opts(2)), vec(c.minor2, c.plain)) == "");
    CHECK(diff(term_to_binary(t, opts(1, 6)), vec(c.compressed, c.plain)) == "");
    CHECK(diff(term_to_binary(t, opts(1, 9)), vec(c.compressed9, c.plain)) == "");
    CHECK(diff(term_to_binary(t, opts(1, 0)), plain) == "");  // {compressed, 0}
    CHECK(external_size(t, opts(1)) == plain.size());
    compared += 7;
  }
  CHECK(compared >= 900);
}

TEST_CASE("ext_encode: compression is used exactly when it is not longer", "[ext_encode]") {
  // The generator asserted erl's choice for each of these edges.
  size_t edges = 0;
  for (const EncCase& c : kEncCases) {
    std::string name = c.name;
    if (name.rfind("compression: ", 0) != 0) continue;
    INFO("case: " << name);
    TermArena arena;
    std::vector<uint8_t> plain = vec(c.plain, c.plain);
    Term t = decode(arena, plain);
    auto z = term_to_binary(t, opts(1, 6));
    REQUIRE(z);
    bool compressed = z->size() >= 2 && (*z)[1] == 80;
    if (name.find("= plain size + 1") != std::string::npos) {
      CHECK_FALSE(compressed);
    } else if (name.find("= plain size") != std::string::npos ||
               name.find("= plain size - 1") != std::string::npos) {
      CHECK(compressed);
      CHECK(z->size() <= plain.size());
    }
    edges++;
  }
  CHECK(edges >= 9);
}

TEST_CASE("ext_encode: sub binaries with byte and bit offsets", "[ext_encode]") {
  using namespace openbeam::vm;
  size_t checked = 0;
  for (const EncCase& c : kEncCases) {
    std::string name = c.name;
    if (name.rfind("binary", 0) != 0 && name.rfind("bitstring", 0) != 0) continue;
    INFO("case: " << name);
    TermArena arena;
    std::vector<uint8_t> plain = vec(c.plain, c.plain);
    BitsView v = bits_view(decode(arena, plain));
    size_t nbits = v.bit_size();
    for (size_t byte_off : {0, 3}) {
      for (unsigned bit_off = 0; bit_off < 8; bit_off++) {
        INFO("byte offset " << byte_off << ", bit offset " << bit_off);
        // The original binary: junk bits around the bitstring.
        size_t orig_len = byte_off + (bit_off + nbits + 7) / 8 + 1;
        std::vector<uint8_t> orig(orig_len, 0xA5);
        for (size_t i = 0; i < nbits; i++) {
          size_t at = byte_off * 8 + bit_off + i;
          uint8_t mask = uint8_t(0x80 >> (at % 8));
          orig[at / 8] = v.bit(i) ? uint8_t(orig[at / 8] | mask) : uint8_t(orig[at / 8] & ~mask);
        }
        BinaryBlob* blob = nullptr;
        Term orig_term;
        if (orig_len <= kHeapBinaryMax) {
          Word* p = arena.alloc(heap_binary_words(orig_len));
          p[0] = make_header(Subtag::kHeapBinary, heap_binary_words(orig_len) - 1);
          p[1] = orig_len;
          std::memcpy(p + 2, orig.data(), orig_len);
          orig_term = make_boxed(p);
        } else {
          blob = BinaryBlob::create(orig_len);
          std::memcpy(blob->data, orig.data(), orig_len);
          Word* p = arena.alloc(kRefcBinaryWords);
          p[0] = make_header(Subtag::kRefcBinary, kRefcBinaryWords - 1);
          p[1] = orig_len;
          p[2] = reinterpret_cast<Word>(blob);
          p[3] = 0;
          orig_term = make_boxed(p);
        }
        Word* s = arena.alloc(kSubBinaryWords);
        s[0] = make_header(Subtag::kSubBinary, kSubBinaryWords - 1);
        s[1] = nbits / 8;
        s[2] = byte_off;
        s[3] = Word(bit_off) << 3 | (nbits % 8);
        s[4] = orig_term.raw();
        Term sub = make_boxed(s);
        CHECK(diff(term_to_binary(sub, opts(1)), plain) == "");
        CHECK(diff(term_to_binary(sub, opts(1, 9)), vec(c.compressed9, c.plain)) == "");
        CHECK(external_size(sub, opts(1)) == plain.size());
        if (blob) blob->release();
        checked++;
      }
    }
  }
  CHECK(checked >= 14 * 16);
}

TEST_CASE("ext_encode: 1,000,000-deep nested lists and tuples", "[ext_encode]") {
  // Layouts checked against erl by gen_ext_encode_cases.erl:
  //   term_to_binary([[...[]...]]) = 131, {108,0,0,0,1} x D, 106, 106 x D
  //   term_to_binary({{...{}...}}) = 131, {104,1} x D, 104, 0
  constexpr size_t kDepth = 1000000;
  SECTION("lists") {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {108, 0, 0, 0, 1});
    b.push_back(106);
    b.insert(b.end(), kDepth, 106);
    TermArena arena;
    Term t = decode(arena, b);
    CHECK(diff(term_to_binary(t, opts(1)), b) == "");
    CHECK(external_size(t, opts(1)) == b.size());
    auto z = term_to_binary(t, opts(1, 6));
    REQUIRE(z);
    CHECK((*z)[1] == 80);
    TermArena arena2;
    CHECK(diff(term_to_binary(decode(arena2, *z), opts(1)), b) == "");
  }
  SECTION("tuples") {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {104, 1});
    b.insert(b.end(), {104, 0});
    TermArena arena;
    Term t = decode(arena, b);
    CHECK(diff(term_to_binary(t, opts(1)), b) == "");
    CHECK(external_size(t, opts(2)) == b.size());
  }
}

TEST_CASE("ext_encode: a 2 MB binary compresses like erl's chunked path", "[ext_encode]") {
  // lcg_binary/1 of the generator.
  constexpr size_t kN = 2000000;
  std::vector<uint8_t> b{131, 109, uint8_t(kN >> 24), uint8_t(kN >> 16), uint8_t(kN >> 8),
                         uint8_t(kN)};
  uint32_t x = 1;
  for (size_t i = 0; i < kN; i++) {
    x = (x * 1103515245u + 12345u) & 0x7fffffffu;
    b.push_back(uint8_t('a' + (x >> 29)));
  }
  CHECK(b.size() == kLcgBinaryBytes);
  TermArena arena;
  Term t = decode(arena, b);
  CHECK(diff(term_to_binary(t, opts(1)), b) == "");
  for (const LcgFact& f : kLcgFacts) {
    INFO("level " << f.level);
    auto z = term_to_binary(t, opts(1, f.level));
    REQUIRE(z);
    CHECK(z->size() == f.size);
    CHECK(uint32_t(crc32(0, z->data(), uInt(z->size()))) == f.crc);
  }
}

TEST_CASE("ext_encode: local ports encode as NEW_PORT_EXT like erl", "[ext_encode]") {
  using namespace openbeam::vm;
  // erl: term_to_binary(#Port<0.0>) and #Port<0.5>.
  const std::vector<uint8_t> node = {100, 0, 13, 'n', 'o', 'n', 'o', 'd', 'e', '@', 'n', 'o', 'h', 'o', 's', 't'};
  for (uint32_t n : {0u, 5u}) {
    std::vector<uint8_t> want = {131, 89};
    want.insert(want.end(), node.begin(), node.end());
    for (uint8_t b : {0u, 0u, 0u, n, 0u, 0u, 0u, 0u}) want.push_back(b);
    auto got = term_to_binary(make_local_port(n), opts(1));
    REQUIRE(got.has_value());
    CHECK(*got == want);
    CHECK(external_size(make_local_port(n), opts(1)) == want.size());
  }
}

TEST_CASE("ext_encode: local references as NEWER_REFERENCE_EXT like erl", "[ext_encode]") {
  using namespace openbeam::vm;
  alignas(8) Word ref[kLocalRefWords];
  Term r = make_local_ref(ref, RefNumbers{{3, 2, 1}});  // #Ref<0.1.2.3>
  // erl: term_to_binary(list_to_ref("#Ref<0.1.2.3>"))
  const std::vector<uint8_t> erl = {131, 90, 0, 3, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111,
                                    115, 116, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 1};
  auto bytes = term_to_binary(r, opts(1));
  REQUIRE(bytes.has_value());
  CHECK(*bytes == erl);
  CHECK(external_size(r, opts(1)) == erl.size());
}
