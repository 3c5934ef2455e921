// Tests for openbeam::vm::binary_to_term (vm/ext_term.hpp) and
// openbeam::vm::write_term (vm/term_write.hpp) against the real ERTS.
//
// tests/unit/data/ext_term_cases.inc is produced by
// tests/unit/data/gen_ext_term_cases.erl with Erlang/OTP 25 (see that file
// for the command line). It holds, for each term, the bytes of
// term_to_binary/1,2 and the text of io_lib:format("~w", [T]); hand-made
// encodings are classified by erl's own binary_to_term/1 into accepted
// (with erl's text) and rejected ones.
#include <catch2/catch.hpp>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "vm/binary.hpp"
#include "vm/ext_term.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term_write.hpp"

namespace {

using openbeam::vm::binary_to_term;
using openbeam::vm::ExtError;
using openbeam::vm::TermArena;
using openbeam::vm::write_term;

struct ExtCase {
  const char* group;
  const char* name;
  std::vector<uint8_t> bytes;
  const char* text;  // io_lib:format("~w", [T]) as UTF-8
};
struct BadCase {
  const char* name;
  std::vector<uint8_t> bytes;
};
struct UsedCase {
  std::vector<uint8_t> bytes;
  size_t used;  // from binary_to_term(Bytes, [used])
  const char* text;
};

#include "data/ext_term_cases.inc"

// Cases that once disagreed with erl (fixed); each keeps its own test case
// below as a regression test.
const std::set<std::string> kFloatExtTextBugs = {
    "FLOAT_EXT \"1,5\" (comma radix)", "FLOAT_EXT \"1\"",   "FLOAT_EXT \"-0\"",
    "FLOAT_EXT \".5\"",               "FLOAT_EXT \"1.\"",  "FLOAT_EXT \"1.e5\"",
    "FLOAT_EXT \"0x10\"",
};
const std::set<std::string> kBigSignBugs = {
    "SMALL_BIG_EXT sign byte 2", "SMALL_BIG_EXT sign byte 255", "LARGE_BIG_EXT sign byte 9"};
const std::set<std::string> kExportArityBugs = {"EXPORT_EXT arity as INTEGER_EXT",
                                                "EXPORT_EXT arity as SMALL_BIG_EXT"};
const std::set<std::string> kFunTextBugs = {"fun with non-ASCII atoms '\303\204':'\316\273'/0",
                                            "fun with latin-1 module '\303\277':f/1"};

// Checked on its own (size before printing) by a dedicated test case below.
const std::string kEmptyBitBinary = "BIT_BINARY_EXT empty";

bool known_bug(const std::string& name) {
  (void)name;
  return false;  // no known disagreements left
}

// Decodes `bytes` and prints the term; returns "<error: ...>" on failure.
std::string decode_and_print(const std::vector<uint8_t>& bytes) {
  TermArena arena;
  ExtError err{0, ""};
  auto t = binary_to_term(arena, bytes.data(), bytes.size(), &err);
  if (!t) return "<error: " + err.message + " at byte " + std::to_string(err.offset) + ">";
  return write_term(*t);
}

// Checks every valid case of `group` (known bugs excluded).
void check_group(const char* group) {
  size_t checked = 0;
  for (const ExtCase& c : kValidCases) {
    if (std::string(c.group) != group || known_bug(c.name) || c.name == kEmptyBitBinary) continue;
    INFO("case: " << c.name);
    CHECK(decode_and_print(c.bytes) == c.text);
    checked++;
  }
  CHECK(checked > 0);
}

// Expects `bytes` to be rejected with a message and an offset inside the input.
void check_rejected(const std::vector<uint8_t>& bytes) {
  TermArena arena;
  ExtError err{~size_t(0), ""};
  auto t = binary_to_term(arena, bytes.data(), bytes.size(), &err);
  CHECK_FALSE(t.has_value());
  if (t) UNSCOPED_INFO("decoded as " << write_term(*t));
  CHECK_FALSE(err.message.empty());
  CHECK(err.offset <= bytes.size());
}

const ExtCase& valid_case(const std::string& name) {
  for (const ExtCase& c : kValidCases) {
    if (name == c.name) return c;
  }
  FAIL("no valid case named " << name);
  throw;  // unreachable
}

const BadCase& malformed_case(const std::string& name) {
  for (const BadCase& c : kMalformedCases) {
    if (name == c.name) return c;
  }
  FAIL("no malformed case named " << name);
  throw;  // unreachable
}

}  // namespace

// ---- valid encodings: decode, print, compare with erl's ~w ----------------

TEST_CASE("ext_term: integers around 2^59 2^60 2^63 2^64 and huge bignums", "[ext_term]") {
  check_group("integer");
}

TEST_CASE("ext_term: floats as NEW_FLOAT_EXT and as minor_version 0 FLOAT_EXT", "[ext_term]") {
  check_group("float");
}

TEST_CASE("ext_term: atoms needing quotes and escapes; latin-1 and unicode atoms", "[ext_term]") {
  check_group("atom");
}

TEST_CASE("ext_term: strings and proper and improper lists", "[ext_term]") { check_group("list"); }

TEST_CASE("ext_term: binaries around the heap/refc boundary and bitstrings", "[ext_term]") {
  check_group("binary");
}

TEST_CASE("ext_term: tuples from empty to LARGE_TUPLE_EXT", "[ext_term]") {
  check_group("tuple");
}

TEST_CASE("ext_term: flat maps with mixed key types and hash maps", "[ext_term]") {
  check_group("map");
}

TEST_CASE("ext_term: external funs", "[ext_term]") { check_group("fun"); }

TEST_CASE("ext_term: nested and compressed terms", "[ext_term]") { check_group("mixed"); }

TEST_CASE("ext_term: hand-made encodings erl accepts", "[ext_term]") {
  // Non-canonical integer forms, LIST_EXT of 0 elements, unsorted map keys
  // (erl sorts them, integers before floats), FLOAT_EXT text variants, ...
  check_group("handmade");
}

TEST_CASE("ext_term: an empty BIT_BINARY_EXT is the empty binary", "[ext_term]") {
  // <<131,77,0,0,0,0,0>> (0 bytes, 0 bits) is <<>> in erl. An earlier
  // decoder built a sub binary of n-1 = SIZE_MAX bytes for it, and printing
  // that crashed; the size is checked before printing.
  const ExtCase& c = valid_case(kEmptyBitBinary);
  REQUIRE(c.text == std::string("<<>>"));
  TermArena arena;
  ExtError err{0, ""};
  auto t = binary_to_term(arena, c.bytes.data(), c.bytes.size(), &err);
  REQUIRE(t.has_value());
  REQUIRE(openbeam::vm::is_bitstring(*t));
  REQUIRE(openbeam::vm::bits_view(*t).bit_size() == 0);
  CHECK(write_term(*t) == c.text);
}

TEST_CASE("ext_term: the table covers what the brief asks for", "[ext_term]") {
  CHECK(std::size(kValidCases) >= 80);
  CHECK(valid_case("integer 18446744073709551616").text == std::string("18446744073709551616"));
  CHECK(valid_case("float 5.0e-324").text == std::string("5.0e-324"));
  CHECK(valid_case("atom 'hello world'").text == std::string("'hello world'"));
  CHECK(valid_case("fun 'weird mod':'f f'/3").text == std::string("fun 'weird mod':'f f'/3"));
}

// ---- consumed ---------------------------------------------------------------

TEST_CASE("ext_term: consumed reports what binary_to_term with the used option reports", "[ext_term]") {
  for (const UsedCase& c : kUsedCases) {
    INFO("expected text: " << c.text);
    TermArena arena;
    ExtError err{0, ""};
    size_t consumed = 0;
    auto t = binary_to_term(arena, c.bytes.data(), c.bytes.size(), &err, &consumed);
    REQUIRE(t.has_value());
    CHECK(write_term(*t) == c.text);
    CHECK(consumed == c.used);
  }
}

// ---- deep nesting -------------------------------------------------------------

TEST_CASE("ext_term: 100000-deep nested lists and tuples decode and print", "[ext_term]") {
  // Byte layout and text checked against erl by gen_ext_term_cases.erl:
  //   term_to_binary([[...[]...]]) = 131, {108,0,0,0,1} x D, 106, 106 x D
  //   term_to_binary({{...{}...}}) = 131, {104,1} x D, 104, 0
  constexpr size_t kDepth = 100000;
  SECTION("lists") {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {108, 0, 0, 0, 1});
    b.push_back(106);
    b.insert(b.end(), kDepth, 106);
    std::string expected = std::string(kDepth, '[') + "[]" + std::string(kDepth, ']');
    CHECK(decode_and_print(b) == expected);
  }
  SECTION("tuples") {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {104, 1});
    b.insert(b.end(), {104, 0});
    std::string expected = std::string(kDepth, '{') + "{}" + std::string(kDepth, '}');
    CHECK(decode_and_print(b) == expected);
  }
  SECTION("a list nested 100000 deep, truncated, is rejected") {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {108, 0, 0, 0, 1});
    b.push_back(106);
    b.insert(b.end(), kDepth - 1, 106);  // one tail missing
    check_rejected(b);
  }
}

// ---- malformed input ------------------------------------------------------------

TEST_CASE("ext_term: every strict prefix of a valid encoding is rejected", "[ext_term][malformed]") {
  // gen_ext_term_cases.erl checks that erl rejects every one of them too.
  size_t prefixes = 0;
  for (const ExtCase& c : kValidCases) {
    for (size_t n = 0; n < c.bytes.size(); n++, prefixes++) {
      TermArena arena;
      ExtError err{~size_t(0), ""};
      auto t = binary_to_term(arena, c.bytes.data(), n, &err);
      if (t || err.message.empty() || err.offset > n) {
        FAIL_CHECK("case " << c.name << " truncated to " << n << " of " << c.bytes.size()
                           << " bytes: " << (t ? "accepted as " + write_term(*t) : err.message));
      }
    }
  }
  CHECK(prefixes > 5000);
}

TEST_CASE("ext_term: malformed encodings that erl rejects are rejected", "[ext_term][malformed]") {
  // Bad tags, atoms of 256 characters, invalid UTF-8, NaN and infinities,
  // LIST_EXT claiming 2^32-1 elements, compressed headers claiming 4 GB, ...
  size_t checked = 0;
  for (const BadCase& c : kMalformedCases) {
    if (known_bug(c.name)) continue;
    INFO("case: " << c.name);
    check_rejected(c.bytes);
    checked++;
  }
  CHECK(checked >= 40);
  // The cases the brief names explicitly are in the table.
  CHECK(malformed_case("LIST_EXT claiming 2^32-1 elements").bytes.size() == 7);
  CHECK(malformed_case("compressed term claiming 4 GB").bytes.size() > 6);
  CHECK(malformed_case("ATOM_UTF8_EXT of 256 characters").bytes.size() == 260);
  CHECK(malformed_case("NEW_FLOAT_EXT NaN").bytes.size() == 10);
}

TEST_CASE("ext_term: unsupported ports and remote pids fail cleanly",
          "[ext_term][malformed]") {
  for (const BadCase& c : kUnsupportedCases) {
    INFO("case: " << c.name);
    check_rejected(c.bytes);
  }
}

TEST_CASE("ext_term: single-byte corruptions never crash", "[ext_term][malformed]") {
  // Whatever the decoder answers for a corrupted encoding, it must answer:
  // either a term it can print or an error with a message.
  const uint8_t kValues[] = {0, 1, 0x7F, 0x80, 0xFE, 0xFF};
  size_t tried = 0;
  for (const ExtCase& c : kValidCases) {
    if (c.bytes.size() > 300) continue;
    for (size_t i = 1; i < c.bytes.size(); i++) {
      for (uint8_t v : kValues) {
        std::vector<uint8_t> b = c.bytes;
        if (b[i] == v) continue;
        b[i] = v;
        TermArena arena;
        ExtError err{0, ""};
        auto t = binary_to_term(arena, b.data(), b.size(), &err);
        if (t) {
          (void)write_term(*t);
        } else if (err.message.empty()) {
          FAIL_CHECK("case " << c.name << " with byte " << i << " = " << int(v)
                             << ": rejected without a message");
        }
        tried++;
      }
    }
  }
  CHECK(tried > 1000);
}

// ---- former disagreements with erl (regression tests) ------------------------------

TEST_CASE("ext_term: FLOAT_EXT text is checked with the ERTS syntax", "[ext_term][regression]") {
  // ERTS (sys_chars_to_double) wants [+-]digits(.|,)digits[(e|E)[+-]digits]
  // and nothing else; the decoder uses strtod and only checks that NULs
  // follow. "1,5" is 1.5 in erl (rejected here); "1", "-0", ".5", "1.",
  // "1.e5" and "0x10" are rejected by erl (accepted here).
  for (const ExtCase& c : kValidCases) {
    if (!kFloatExtTextBugs.count(c.name)) continue;
    INFO("case: " << c.name);
    CHECK(decode_and_print(c.bytes) == c.text);
  }
  for (const BadCase& c : kMalformedCases) {
    if (!kFloatExtTextBugs.count(c.name)) continue;
    INFO("case: " << c.name);
    check_rejected(c.bytes);
  }
}

TEST_CASE("ext_term: any non-zero bignum sign byte means negative", "[ext_term][regression]") {
  // erl treats any non-zero sign byte as negative: <<131,110,1,2,1>> is -1.
  for (const ExtCase& c : kValidCases) {
    if (!kBigSignBugs.count(c.name)) continue;
    INFO("case: " << c.name);
    CHECK(decode_and_print(c.bytes) == c.text);
  }
}

TEST_CASE("ext_term: EXPORT_EXT arity may be any integer encoding", "[ext_term][regression]") {
  // erl decodes the arity as any integer term:
  // <<131,113,100,0,1,"m",100,0,1,"f",98,0,0,0,3>> is fun m:f/3.
  for (const ExtCase& c : kValidCases) {
    if (!kExportArityBugs.count(c.name)) continue;
    INFO("case: " << c.name);
    CHECK(decode_and_print(c.bytes) == c.text);
  }
}

TEST_CASE("ext_term: a fun with non-ASCII atoms prints like erl", "[ext_term][regression]") {
  // io_lib's ~w prints funs with erlang:fun_to_list/1, which returns the
  // UTF-8 bytes of the atoms as separate characters: fun 'Ä':'λ'/0 prints
  // as the characters "fun '\xC3\x84':'\xCE\xBB'/0" (UTF-8: "fun 'Ã\u0084':'Î»'/0");
  // write_term emits the atom bytes once ("fun 'Ä':'λ'/0").
  for (const ExtCase& c : kValidCases) {
    if (!kFunTextBugs.count(c.name)) continue;
    INFO("case: " << c.name);
    CHECK(decode_and_print(c.bytes) == c.text);
  }
}
