// Tests for openbeam::vm::compare and compare_exact (vm/term_compare.hpp)
// against the real ERTS.
//
// tests/unit/data/term_compare_cases.inc is produced by
// tests/unit/data/gen_term_compare_cases.erl with Erlang/OTP 25 (see that
// file for the command line). For each pair of terms it holds both
// term_to_binary encodings and erl's answers to A < B, A == B, A =:= B and
// the exact (map key) order of A and B.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/ext_term.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term_compare.hpp"
#include "vm/term_write.hpp"

namespace {

using openbeam::vm::binary_to_term;
using openbeam::vm::compare;
using openbeam::vm::compare_exact;
using openbeam::vm::exact_equal;
using openbeam::vm::ExtError;
using openbeam::vm::Term;
using openbeam::vm::TermArena;
using openbeam::vm::write_term;

struct CompareCase {
  const char* name;
  std::vector<uint8_t> a, b;
  bool less;         // A < B
  bool equal;        // A == B
  bool exact_eq;     // A =:= B
  int exact_order;   // -1, 0, 1: order of A and B as map keys
};

#include "data/term_compare_cases.inc"

Term decode(TermArena& arena, const std::vector<uint8_t>& bytes) {
  ExtError err{0, ""};
  auto t = binary_to_term(arena, bytes.data(), bytes.size(), &err);
  INFO("decode error: " << err.message);
  REQUIRE(t.has_value());
  return *t;
}

// compare's expected result from erl's < and ==.
int expected_order(const CompareCase& c) { return c.less ? -1 : c.equal ? 0 : 1; }

// Checks every case whose name `wanted` accepts, both ways round; returns
// how many were checked.
template <typename Pred>
size_t check_cases(Pred wanted) {
  size_t n = 0;
  for (const CompareCase& c : kCompareCases) {
    if (!wanted(std::string(c.name))) continue;
    TermArena arena;
    Term a = decode(arena, c.a), b = decode(arena, c.b);
    INFO("case: " << c.name);
    INFO("A = " << write_term(a) << ", B = " << write_term(b));
    CHECK(compare(a, b) == expected_order(c));
    CHECK(compare(b, a) == -expected_order(c));
    CHECK(compare_exact(a, b) == c.exact_order);
    CHECK(compare_exact(b, a) == -c.exact_order);
    CHECK(exact_equal(a, b) == c.exact_eq);
    CHECK(compare(a, a) == 0);
    CHECK(compare_exact(b, b) == 0);
    n++;
  }
  return n;
}

bool contains(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

bool is_number_case(const std::string& n) {
  return !n.empty() && (n[0] == '-' || (n[0] >= '0' && n[0] <= '9') || n.rfind("10^", 0) == 0);
}

}  // namespace

TEST_CASE("term_compare: integers and floats, arithmetic and exact order", "[term_compare]") {
  // 1 vs 1.0, 2 vs 1.5, smalls vs bignums, bignums vs floats near 2^53,
  // 2^59, 2^63, 2^64, 2^1023 and beyond the largest float.
  CHECK(check_cases(is_number_case) >= 40);
}

TEST_CASE("term_compare: atoms compare by their characters", "[term_compare]") {
  CHECK(check_cases([](const std::string& n) {
          return n[0] == 'a' || n[0] == '\'' || n[0] == 'z' || n.rfind("same atom", 0) == 0;
        }) >= 9);
}

TEST_CASE("term_compare: the order of types", "[term_compare]") {
  // number < atom < fun < tuple < map < nil < list < bitstring
  CHECK(check_cases([](const std::string& n) {
          return n.rfind("number vs", 0) == 0 || n.rfind("huge float vs", 0) == 0 ||
                 n.rfind("bignum vs", 0) == 0 || n.rfind("atom vs", 0) == 0 ||
                 n.rfind("fun vs", 0) == 0 || n.rfind("tuple vs", 0) == 0 ||
                 n.rfind("map vs", 0) == 0 || n.rfind("nil vs", 0) == 0 ||
                 n.rfind("list vs", 0) == 0;
        }) >= 12);
}

TEST_CASE("term_compare: export funs compare by module then function then arity",
          "[term_compare]") {
  CHECK(check_cases([](const std::string& n) {
          return n.rfind("fun ", 0) == 0 || n.rfind("same export fun", 0) == 0;
        }) >= 5);
}

TEST_CASE("term_compare: tuples compare by arity then elements", "[term_compare]") {
  CHECK(check_cases([](const std::string& n) { return n[0] == '{'; }) >= 7);
}

TEST_CASE("term_compare: lists strings and improper lists", "[term_compare]") {
  CHECK(check_cases([](const std::string& n) { return n[0] == '[' || n[0] == '"'; }) >= 12);
}

TEST_CASE("term_compare: binaries and bitstrings", "[term_compare]") {
  CHECK(check_cases([](const std::string& n) {
          return n[0] == '<' || contains(n, "binar") || contains(n, "bits");
        }) >= 14);
}

TEST_CASE("term_compare: maps compare by size then keys then values", "[term_compare]") {
  // Keys compare exactly (1 and 1.0 are different keys), values arithmetically
  // under == and <. Maps of more than 32 keys (hash maps) included.
  CHECK(check_cases([](const std::string& n) {
          return n[0] == '#' || contains(n, "-key map");
        }) >= 18);
}

TEST_CASE("term_compare: every generated case both ways round", "[term_compare]") {
  size_t all = check_cases([](const std::string&) { return true; });
  CHECK(all == std::size(kCompareCases));
  CHECK(all >= 120);
}

TEST_CASE("term_compare: 100000-deep nested lists compare without recursion", "[term_compare]") {
  // [[...[a]...]] 100000 deep; byte layout and erl's results (deep(a) <
  // deep(b), deep(a) =:= deep(a)) checked by gen_term_compare_cases.erl.
  constexpr size_t kDepth = 100000;
  auto deep = [&](char atom) {
    std::vector<uint8_t> b{131};
    for (size_t i = 0; i < kDepth; i++) b.insert(b.end(), {108, 0, 0, 0, 1});
    b.insert(b.end(), {100, 0, 1, uint8_t(atom)});
    b.insert(b.end(), kDepth, 106);
    return b;
  };
  TermArena arena;
  Term a1 = decode(arena, deep('a'));
  Term a2 = decode(arena, deep('a'));
  Term b = decode(arena, deep('b'));
  REQUIRE(a1 != a2);  // two separate copies: the comparison must walk them
  CHECK(compare(a1, a2) == 0);
  CHECK(compare_exact(a1, a2) == 0);
  CHECK(compare(a1, b) == -1);
  CHECK(compare(b, a2) == 1);
  CHECK(compare_exact(a1, b) == -1);
}
