// Tests for openbeam::loader::CompactDecoder (loader/compact_term.hpp), the
// compact term encoding of instruction operands.
//
// tests/unit/data/compact_term_cases.inc is produced by
// tests/unit/data/gen_compact_term_cases.erl with Erlang/OTP 25 (see that
// file for the command line): every byte sequence is the output of the
// compiler's own beam_asm:encode/2, composed into extended operands the way
// beam_asm:encode_arg/2 does. The examples in beam_disasm.erl's comment are
// checked by the generator and below.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "loader/beam_file.hpp"
#include "loader/byte_reader.hpp"
#include "loader/compact_term.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"

namespace {

using openbeam::loader::BeamFile;
using openbeam::loader::ByteReader;
using openbeam::loader::CompactDecoder;
using openbeam::loader::OpKind;
using openbeam::loader::Operand;

struct PlainCase {
  unsigned tag;       // u 0, i 1, a 2, x 3, y 4, f 5, h 6
  const char* value;  // decimal
  std::vector<uint8_t> bytes;
};

#include "data/compact_term_cases.inc"

// Table sizes the decoder checks indexes against.
constexpr size_t kAtoms = 100;     // atoms 1..99 (index 0 is [])
constexpr size_t kLiterals = 50;
constexpr size_t kTypes = 10;
constexpr uint32_t kLabels = 5000;

BeamFile make_beam_file() {
  BeamFile bf;
  bf.atoms.push_back(openbeam::vm::make_nil());
  for (size_t i = 1; i < kAtoms; i++) bf.atoms.push_back(openbeam::vm::atom("ct_atom_" + std::to_string(i)));
  bf.literals.assign(kLiterals, openbeam::vm::make_nil());
  bf.has_literals = true;
  bf.types.assign(kTypes, openbeam::loader::BeamType{0, 0, 0});
  bf.has_types = true;
  bf.code_header.label_count = kLabels;
  return bf;
}

struct Decoded {
  bool ok;
  Operand op;
  std::string err;
  size_t left;  // bytes not consumed
};

Decoded decode(BeamFile& bf, const std::vector<uint8_t>& bytes) {
  ByteReader r(bytes.data(), bytes.size());
  CompactDecoder d(r, bf);
  Decoded out{false, Operand{}, "", 0};
  out.ok = d.operand(out.op, out.err);
  out.left = r.left();
  return out;
}

// Value of a decimal string, if it fits.
bool parse_u64(const std::string& s, uint64_t& v) {
  if (s.empty() || s[0] == '-' || s.size() > 20) return false;
  errno = 0;
  unsigned long long x = std::strtoull(s.c_str(), nullptr, 10);
  if (errno == ERANGE) return false;
  v = x;
  return true;
}
bool parse_i64(const std::string& s, int64_t& v) {
  errno = 0;
  long long x = std::strtoll(s.c_str(), nullptr, 10);
  if (errno == ERANGE) return false;
  v = x;
  return true;
}

// Runs `fn` in a child process; returns its wait status.
template <typename Fn>
int in_child(Fn fn) {
  pid_t pid = fork();
  if (pid == 0) {
    for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE}) signal(sig, SIG_DFL);
    fn();
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("compact_term: the examples in beam_disasm.erl's comment", "[compact_term]") {
  BeamFile bf = make_beam_file();
  struct {
    std::vector<uint8_t> bytes;
    int64_t value;
  } examples[] = {
      {{81}, 5},
      {{105, 232}, 1000},
      {{233, 255}, 2047},
      {{25, 8, 0}, 2048},
      {{25, 255, 255}, -1},
      {{121, 255, 0, 0, 0, 1}, -4294967295LL},
      {{121, 0, 255, 255, 255, 255}, 4294967295LL},
      {{121, 99, 255, 255, 255, 157}, 429496729501LL},
  };
  for (const auto& e : examples) {
    INFO("value " << e.value);
    Decoded d = decode(bf, e.bytes);
    REQUIRE(d.ok);
    CHECK(d.op.kind == OpKind::I);
    CHECK(int64_t(d.op.value) == e.value);
    CHECK(d.left == 0);
  }
}

TEST_CASE("compact_term: integers (tag i) from -2^1000 to 2^1000", "[compact_term]") {
  // Around 15/16, 2047/2048, 2^31, 2^63, 2^64, -2^63-1 and beyond: values
  // that fit int64 are I, the others BigInt terms.
  BeamFile bf = make_beam_file();
  size_t n = 0, bigs = 0;
  for (const PlainCase& c : kPlainCases) {
    if (c.tag != 1) continue;
    INFO("i " << c.value);
    Decoded d = decode(bf, c.bytes);
    REQUIRE(d.ok);
    CHECK(d.left == 0);
    int64_t v;
    if (parse_i64(c.value, v)) {
      CHECK(d.op.kind == OpKind::I);
      CHECK(int64_t(d.op.value) == v);
    } else {
      REQUIRE(d.op.kind == OpKind::BigInt);
      REQUIRE(d.op.value < bf.big_ints.size());
      CHECK(openbeam::vm::integer_to_string(bf.big_ints[d.op.value]) == c.value);
      bigs++;
    }
    n++;
  }
  CHECK(n >= 70);
  CHECK(bigs >= 15);
}

TEST_CASE("compact_term: unsigned values (tag u) up to 2^64-1", "[compact_term]") {
  BeamFile bf = make_beam_file();
  size_t fit = 0, too_big = 0;
  for (const PlainCase& c : kPlainCases) {
    if (c.tag != 0) continue;
    INFO("u " << c.value);
    Decoded d = decode(bf, c.bytes);
    uint64_t v;
    if (parse_u64(c.value, v)) {
      REQUIRE(d.ok);
      CHECK(d.op.kind == OpKind::U);
      CHECK(d.op.value == v);
      CHECK(d.left == 0);
      fit++;
    } else {
      // Only tag i may exceed 64 bits (compact_term.hpp).
      CHECK_FALSE(d.ok);
      CHECK_FALSE(d.err.empty());
      too_big++;
    }
  }
  CHECK(fit >= 30);
  CHECK(too_big >= 5);
}

TEST_CASE("compact_term: atoms, registers, labels and characters", "[compact_term]") {
  BeamFile bf = make_beam_file();
  for (const PlainCase& c : kPlainCases) {
    if (c.tag < 2) continue;
    INFO("tag " << c.tag << " value " << c.value);
    Decoded d = decode(bf, c.bytes);
    uint64_t v = 0;
    bool fits = parse_u64(c.value, v);
    bool in_range = false;
    OpKind kind = OpKind::U;
    switch (c.tag) {
      case 2: in_range = fits && v < kAtoms; kind = v == 0 ? OpKind::Nil : OpKind::Atom; break;
      case 3: in_range = fits && v <= 1023; kind = OpKind::X; break;
      case 4: in_range = fits && v <= 1023; kind = OpKind::Y; break;
      case 5: in_range = fits && v < kLabels; kind = OpKind::Label; break;
      case 6: in_range = fits; kind = OpKind::Char; break;
    }
    if (!in_range) {
      // Out of the table (atoms, labels) or beyond x/y 1023.
      CHECK_FALSE(d.ok);
      CHECK_FALSE(d.err.empty());
      continue;
    }
    REQUIRE(d.ok);
    CHECK(d.left == 0);
    CHECK(d.op.kind == kind);
    if (kind == OpKind::Atom) {
      CHECK(d.op.value == bf.atoms[v].raw());
    } else if (kind != OpKind::Nil) {
      CHECK(d.op.value == v);
    }
  }
}

TEST_CASE("compact_term: every strict prefix of an encoding is truncated", "[compact_term]") {
  BeamFile bf = make_beam_file();
  size_t prefixes = 0;
  for (const PlainCase& c : kPlainCases) {
    for (size_t n = 0; n < c.bytes.size(); n++, prefixes++) {
      std::vector<uint8_t> b(c.bytes.begin(), c.bytes.begin() + n);
      Decoded d = decode(bf, b);
      if (d.ok || d.err.empty()) {
        FAIL_CHECK("tag " << c.tag << " value " << c.value << " cut to " << n << " bytes");
      }
    }
  }
  CHECK(prefixes > 300);
}

TEST_CASE("compact_term: tagged_u64 reads plain values as the Line chunk needs", "[compact_term]") {
  BeamFile bf = make_beam_file();
  for (const PlainCase& c : kPlainCases) {
    INFO("tag " << c.tag << " value " << c.value);
    ByteReader r(c.bytes.data(), c.bytes.size());
    CompactDecoder d(r, bf);
    unsigned tag = 99;
    uint64_t v = 0;
    std::string err;
    bool ok = d.tagged_u64(tag, v, err);
    uint64_t expect_u = 0;
    int64_t expect_i = 0;
    if (c.tag == 1 ? parse_i64(c.value, expect_i) : parse_u64(c.value, expect_u)) {
      REQUIRE(ok);
      CHECK(tag == c.tag);
      CHECK(v == (c.tag == 1 ? uint64_t(expect_i) : expect_u));
    } else {
      CHECK_FALSE(ok);
      CHECK_FALSE(err.empty());
    }
  }
  SECTION("extended operands are refused") {
    ByteReader r(kFloatReg0.data(), kFloatReg0.size());
    CompactDecoder d(r, bf);
    unsigned tag;
    uint64_t v;
    std::string err;
    CHECK_FALSE(d.tagged_u64(tag, v, err));
    CHECK_FALSE(err.empty());
  }
}

TEST_CASE("compact_term: list operands", "[compact_term]") {
  BeamFile bf = make_beam_file();
  auto read_list = [&](const std::vector<uint8_t>& bytes, std::vector<Operand>& elems) {
    ByteReader r(bytes.data(), bytes.size());
    CompactDecoder d(r, bf);
    Operand list;
    std::string err;
    REQUIRE(d.operand(list, err));
    REQUIRE(list.kind == OpKind::List);
    for (uint64_t i = 0; i < list.value; i++) {
      Operand e;
      REQUIRE(d.operand(e, err));
      elems.push_back(e);
    }
    CHECK(r.left() == 0);
    return list.value;
  };
  std::vector<Operand> e;
  CHECK(read_list(kListEmpty, e) == 0);
  e.clear();
  CHECK(read_list(kListOfThreeX, e) == 3);
  for (uint64_t i = 0; i < 3; i++) {
    CHECK(e[i].kind == OpKind::X);
    CHECK(e[i].value == i);
  }
  e.clear();
  REQUIRE(read_list(kListSelectVal, e) == 4);  // {integer,1},{f,3},{atom,5},{f,4}
  CHECK((e[0].kind == OpKind::I && e[0].value == 1));
  CHECK((e[1].kind == OpKind::Label && e[1].value == 3));
  CHECK((e[2].kind == OpKind::Atom && e[2].value == bf.atoms[5].raw()));
  CHECK((e[3].kind == OpKind::Label && e[3].value == 4));
  e.clear();
  REQUIRE(read_list(kListOf300, e) == 300);  // {integer, -149..150}
  for (size_t i = 0; i < 300; i++) {
    CHECK(e[i].kind == OpKind::I);
    CHECK(int64_t(e[i].value) == int64_t(i) + 1 - 150);
  }
  e.clear();
  REQUIRE(read_list(kListWithBignum, e) == 2);  // {integer, 2^100}, {f,7}
  REQUIRE(e[0].kind == OpKind::BigInt);
  CHECK(openbeam::vm::integer_to_string(bf.big_ints[e[0].value]) == "1267650600228229401496703205376");
  CHECK((e[1].kind == OpKind::Label && e[1].value == 7));

  SECTION("a list count that is not u-tagged") {
    Decoded d = decode(bf, kListCountNotU);
    CHECK_FALSE(d.ok);
    CHECK_FALSE(d.err.empty());
  }
  SECTION("a list count beyond the data") {
    Decoded d = decode(bf, kListCountBeyondData);
    CHECK_FALSE(d.ok);
    CHECK_FALSE(d.err.empty());
  }
}

TEST_CASE("compact_term: float registers", "[compact_term]") {
  BeamFile bf = make_beam_file();
  struct {
    const std::vector<uint8_t>& bytes;
    uint64_t fr;
  } cases[] = {{kFloatReg0, 0}, {kFloatReg15, 15}, {kFloatReg16, 16}, {kFloatReg1023, 1023}};
  for (const auto& c : cases) {
    INFO("fr " << c.fr);
    Decoded d = decode(bf, c.bytes);
    REQUIRE(d.ok);
    CHECK(d.op.kind == OpKind::FR);
    CHECK(d.op.value == c.fr);
    CHECK(d.left == 0);
  }
  Decoded d = decode(bf, kFloatReg1024);
  CHECK_FALSE(d.ok);
  CHECK_FALSE(d.err.empty());
}

TEST_CASE("compact_term: allocation lists", "[compact_term]") {
  BeamFile bf = make_beam_file();
  auto items = [&](const std::vector<uint8_t>& bytes) {
    Decoded d = decode(bf, bytes);
    REQUIRE(d.ok);
    REQUIRE(d.op.kind == OpKind::Alloc);
    REQUIRE(d.op.value < bf.alloc_lists.size());
    CHECK(d.left == 0);
    std::vector<std::pair<uint32_t, uint64_t>> out;
    for (const auto& a : bf.alloc_lists[d.op.value]) out.push_back({a.kind, a.count});
    return out;
  };
  using V = std::vector<std::pair<uint32_t, uint64_t>>;
  CHECK(items(kAllocWordsFloatsFuns) == V{{0, 3}, {1, 1}, {2, 2}});
  CHECK(items(kAllocBigWords) == V{{0, 5000}, {1, 0}});
  CHECK(items(kAllocEmpty) == V{});
  Decoded bad = decode(bf, kAllocBadKind);  // kind 3 does not exist
  CHECK_FALSE(bad.ok);
  CHECK_FALSE(bad.err.empty());
}

TEST_CASE("compact_term: literals", "[compact_term]") {
  BeamFile bf = make_beam_file();
  struct {
    const std::vector<uint8_t>& bytes;
    uint64_t index;
  } cases[] = {{kLiteral0, 0}, {kLiteral16, 16}, {kLiteral49, 49}};
  for (const auto& c : cases) {
    INFO("literal " << c.index);
    Decoded d = decode(bf, c.bytes);
    REQUIRE(d.ok);
    CHECK(d.op.kind == OpKind::Literal);
    CHECK(d.op.value == c.index);
  }
  Decoded d = decode(bf, kLiteral50);  // one past the table
  CHECK_FALSE(d.ok);
  CHECK_FALSE(d.err.empty());
}

TEST_CASE("compact_term: typed registers", "[compact_term]") {
  BeamFile bf = make_beam_file();
  struct {
    const std::vector<uint8_t>& bytes;
    OpKind reg;
    uint64_t n;
    uint32_t type;
  } cases[] = {{kTypedX0Type1, OpKind::X, 0, 1},
               {kTypedX1023Type9, OpKind::X, 1023, 9},
               {kTypedY20Type0, OpKind::Y, 20, 0}};
  for (const auto& c : cases) {
    INFO("register " << c.n << " type " << c.type);
    Decoded d = decode(bf, c.bytes);
    REQUIRE(d.ok);
    CHECK(d.op.kind == OpKind::TypedReg);
    CHECK(d.op.reg_kind == c.reg);
    CHECK(d.op.value == c.n);
    CHECK(d.op.type_index == c.type);
    CHECK(d.left == 0);
  }
  for (const auto* bad : {&kTypedX0Type10, &kTypedAtomReg, &kTypedIntReg, &kTypedNestedTyped}) {
    Decoded d = decode(bf, *bad);
    CHECK_FALSE(d.ok);
    CHECK_FALSE(d.err.empty());
  }
}

TEST_CASE("compact_term: immediate floats and malformed extended operands", "[compact_term]") {
  BeamFile bf = make_beam_file();
  auto bits = [](double x) {
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
  };
  Decoded f = decode(bf, kFloat1_5);
  REQUIRE(f.ok);
  CHECK(f.op.kind == OpKind::Float);
  CHECK(f.op.value == bits(1.5));
  Decoded z = decode(bf, kFloatMinus0);
  REQUIRE(z.ok);
  CHECK(z.op.value == bits(-0.0));
  for (const auto* bad : {&kExtendedKind6, &kExtendedKind15, &kExtendedLongForm}) {
    Decoded d = decode(bf, *bad);
    CHECK_FALSE(d.ok);
    CHECK_FALSE(d.err.empty());
  }
  for (size_t n = 0; n < kFloat1_5.size(); n++) {
    Decoded d = decode(bf, std::vector<uint8_t>(kFloat1_5.begin(), kFloat1_5.begin() + n));
    CHECK_FALSE(d.ok);
  }
}

TEST_CASE("compact_term: nested typed-register prefixes are rejected without recursion",
          "[compact_term][regression]") {
  // z5 (typed register) reads its register with a recursive operand() call,
  // so N bytes of 0x57 (encode(z,5)) recurse N deep. The input is rejected
  // at depth 2 only after the recursion unwinds; with 200000 bytes the
  // process dies with SIGSEGV, and so does read_beam_file on a Code chunk
  // made of such bytes. Run in child processes so that the crash is seen as
  // a failure of this test instead of the end of the suite.
  int status = in_child([] {
    std::vector<uint8_t> bytes(200000, 0x57);
    BeamFile bf = make_beam_file();
    Decoded d = decode(bf, bytes);
    _exit(!d.ok && !d.err.empty() ? 0 : 1);
  });
  INFO("child status " << status << (WIFSIGNALED(status) ? " (killed by a signal)" : ""));
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);

  // The same through read_beam_file: a minimal image whose Code chunk is
  // `label` followed by 200000 bytes of 0x57.
  int load_status = in_child([] {
    auto be32 = [](std::vector<uint8_t>& v, uint32_t x) {
      for (int i = 3; i >= 0; i--) v.push_back(uint8_t(x >> (8 * i)));
    };
    std::vector<uint8_t> f{'F', 'O', 'R', '1', 0, 0, 0, 0, 'B', 'E', 'A', 'M'};
    auto add = [&](const char* id, const std::vector<uint8_t>& d) {
      f.insert(f.end(), id, id + 4);
      be32(f, uint32_t(d.size()));
      f.insert(f.end(), d.begin(), d.end());
      while (f.size() % 4) f.push_back(0);
    };
    std::vector<uint8_t> atoms, none, code;
    be32(atoms, 1);
    atoms.insert(atoms.end(), {1, 'm'});
    be32(none, 0);
    for (uint32_t w : {16u, 0u, 178u, 2u, 1u}) be32(code, w);
    code.push_back(1);  // label
    code.insert(code.end(), 200000, 0x57);
    add("AtU8", atoms);
    add("ImpT", none);
    add("ExpT", none);
    add("StrT", {});
    add("Code", code);
    uint32_t form = uint32_t(f.size() - 8);
    for (int i = 0; i < 4; i++) f[4 + i] = uint8_t(form >> (24 - 8 * i));
    openbeam::loader::LoadError err;
    auto bf = openbeam::loader::read_beam_file(f.data(), f.size(), &err);
    _exit(!bf && err.chunk == "Code" ? 0 : 1);
  });
  INFO("read_beam_file child status " << load_status);
  CHECK(WIFEXITED(load_status));
  CHECK(WEXITSTATUS(load_status) == 0);
}
