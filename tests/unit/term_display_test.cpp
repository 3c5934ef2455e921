// Tests for openbeam::vm::display_term (vm/term_display.hpp), the text of
// erlang:display/1, against the real ERTS.
//
// tests/unit/data/term_display_cases.inc is produced by
// tests/unit/data/gen_term_display_cases.erl with Erlang/OTP 25 (see that
// file for the command line): for each term the bytes of term_to_binary/1
// and the exact bytes erlang:display/1 wrote to stdout (minus "\r\n").
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/ext_term.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term_display.hpp"

namespace {

using namespace openbeam::vm;

struct DisplayCase {
  std::vector<uint8_t> bytes;  // term_to_binary(T)
  const char* text;            // erlang:display(T) output without "\r\n"
};
struct SubCase {  // <<_:Offset, B:Size/bits, _/bits>> = Bytes, display(B)
  std::vector<uint8_t> bytes;
  unsigned bit_offset;
  size_t bit_size;
  const char* text;
};
struct PidCase {
  uint64_t channel, number, serial;
  const char* text;
};
struct PortCase {
  uint64_t channel, number;
  const char* text;
};
struct RefCase {
  uint64_t channel;
  uint32_t numbers[3];  // ERTS order: least significant first
  const char* text;
};
struct FunCase {
  const char* module;
  int64_t old_index, old_uniq;
  const char* text;
};

const DisplayCase kCases[] = {
#define TERM_DISPLAY_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_CASES
};
const SubCase kSubCases[] = {
#define TERM_DISPLAY_SUB_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_SUB_CASES
};
const PidCase kPidCases[] = {
#define TERM_DISPLAY_PID_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_PID_CASES
};
const PortCase kPortCases[] = {
#define TERM_DISPLAY_PORT_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_PORT_CASES
};
const RefCase kRefCases[] = {
#define TERM_DISPLAY_REF_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_REF_CASES
};
const FunCase kFunCases[] = {
#define TERM_DISPLAY_FUN_CASES
#include "data/term_display_cases.inc"
#undef TERM_DISPLAY_FUN_CASES
};

Term decode(TermArena& arena, const std::vector<uint8_t>& bytes) {
  ExtError err;
  auto t = binary_to_term(arena, bytes.data(), bytes.size(), &err);
  INFO("decode error at " << err.offset << ": " << err.message);
  REQUIRE(t.has_value());
  return *t;
}

Term heap_binary(TermArena& arena, const std::vector<uint8_t>& bytes) {
  Word w = (bytes.size() + 7) / 8;
  Word* p = arena.alloc(heap_binary_words(bytes.size()));
  p[0] = make_header(Subtag::kHeapBinary, 1 + w);
  p[1] = bytes.size();
  std::memset(p + 2, 0, w * 8);
  if (!bytes.empty()) std::memcpy(p + 2, bytes.data(), bytes.size());
  return make_boxed(p);
}

Term sub_binary(TermArena& arena, Term orig, size_t bit_offset, size_t bit_size) {
  Word* p = arena.alloc(kSubBinaryWords);
  p[0] = make_header(Subtag::kSubBinary, kSubBinaryWords - 1);
  p[1] = bit_size / 8;
  p[2] = bit_offset / 8;
  p[3] = ((bit_offset % 8) << 3) | (bit_size % 8);
  p[4] = orig.raw();
  return make_boxed(p);
}

Term cons(TermArena& arena, Term head, Term tail) {
  Word* c = arena.alloc(2);
  c[0] = head.raw();
  c[1] = tail.raw();
  return make_list(c);
}

}  // namespace

TEST_CASE("display_term matches erlang:display/1", "[vm][display]") {
  REQUIRE(std::size(kCases) >= 120);
  for (const DisplayCase& c : kCases) {
    TermArena arena;
    Term t = decode(arena, c.bytes);
    INFO("expected: " << c.text);
    CHECK(display_term(t) == c.text);
  }
}

TEST_CASE("display_line adds ERTS's \\r\\n", "[vm][display]") {
  for (const DisplayCase& c : kCases) {
    TermArena arena;
    Term t = decode(arena, c.bytes);
    CHECK(display_line(t) == std::string(c.text) + "\r\n");
  }
}

TEST_CASE("display_term of bitstrings at a bit offset", "[vm][display]") {
  for (const SubCase& c : kSubCases) {
    TermArena arena;
    Term b = sub_binary(arena, heap_binary(arena, c.bytes), c.bit_offset, c.bit_size);
    INFO("offset " << c.bit_offset << " size " << c.bit_size);
    CHECK(display_term(b) == c.text);
  }
}

TEST_CASE("display helpers for pids, ports, refs and local funs", "[vm][display]") {
  for (const PidCase& c : kPidCases) {
    std::string s;
    display_pid(s, c.channel, c.number, c.serial);
    CHECK(s == c.text);
  }
  for (const PortCase& c : kPortCases) {
    std::string s;
    display_port(s, c.channel, c.number);
    CHECK(s == c.text);
  }
  for (const RefCase& c : kRefCases) {
    std::string s;
    display_ref(s, c.channel, c.numbers, 3);
    CHECK(s == c.text);
  }
  for (const FunCase& c : kFunCases) {
    std::string s;
    display_local_fun(s, atom(c.module), c.old_index, c.old_uniq);
    CHECK(s == c.text);
  }
}

// A cut-off print is a prefix of the full text followed by "... " (the
// structure of erts_printf_term; erl offers no way to print with a finite
// precision, so this only checks that shape).
TEST_CASE("display_term_limited cuts a prefix", "[vm][display]") {
  for (const DisplayCase& c : kCases) {
    TermArena arena;
    Term t = decode(arena, c.bytes);
    std::string full = display_term(t);
    for (long limit : {1L, 2L, 5L, 40L, 1000L}) {
      std::string cut;
      display_term_limited(cut, t, limit);
      if (cut.size() >= 4 && cut.compare(cut.size() - 4, 4, "... ") == 0) {
        std::string body = cut.substr(0, cut.size() - 4);
        CHECK(full.compare(0, body.size(), body) == 0);
      } else {
        CHECK(cut == full);
      }
    }
  }
}

TEST_CASE("display_term is iterative", "[vm][display]") {
  constexpr size_t kDepth = 1000000;
  TermArena arena;

  SECTION("1M-deep nested lists") {
    Term t = make_nil();
    for (size_t i = 0; i < kDepth; i++) t = cons(arena, t, make_nil());
    std::string s = display_term(t);
    REQUIRE(s.size() == 2 * kDepth + 2);
    CHECK(s.find_first_not_of('[') == kDepth + 1);
    CHECK(s.compare(kDepth, 2, "[]") == 0);
    CHECK(s.find_first_not_of(']', kDepth + 1) == std::string::npos);
  }
  SECTION("1M-deep nested tuples") {
    Term t = make_small(7);
    for (size_t i = 0; i < kDepth; i++) {
      Word* p = arena.alloc(2);
      p[0] = make_header(Subtag::kTuple, 1);
      p[1] = t.raw();
      t = make_boxed(p);
    }
    std::string s = display_term(t);
    CHECK(s == std::string(kDepth, '{') + "7" + std::string(kDepth, '}'));
  }
  SECTION("1M-deep improper tails") {
    // [[...[[7|1]|1]...|1]: each list's car is the next list.
    Term t = make_small(7);
    for (size_t i = 0; i < kDepth; i++) t = cons(arena, t, make_small(1));
    std::string s = display_term(t);
    std::string expected = std::string(kDepth, '[') + "7";
    for (size_t i = 0; i < kDepth; i++) expected += "|1]";
    CHECK(s == expected);
  }
  SECTION("1M-element string and list") {
    Term str = make_nil(), ints = make_nil();
    for (size_t i = 0; i < kDepth; i++) {
      str = cons(arena, make_small('a'), str);
      ints = cons(arena, make_small(1), ints);
    }
    CHECK(display_term(str) == "\"" + std::string(kDepth, 'a') + "\"");
    std::string s = display_term(ints);
    CHECK(s.size() == 2 * kDepth + 1);
  }
}
