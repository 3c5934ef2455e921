// OpenBEAM term representation.
//
// Every Erlang value is one 64-bit word (`Term`). The low bits say what the
// word is; ERTS uses the same layout, so `ERL_NIF_TERM` can be a `Term`.
//
//   primary tag (bits 1..0)
//     00  HEADER   first word of a boxed object on a heap (never a value)
//     01  LIST     pointer to a cons cell [car, cdr]        (ptr | 01)
//     10  BOXED    pointer to a header word                 (ptr | 10)
//     11  IMMED1   immediate, see below
//
//   IMMED1 (bits 3..0)
//     0011  PID    local pid,  number << 4
//     0111  PORT   local port, number << 4
//     1011  IMMED2 see below
//     1111  SMALL  signed 60-bit integer, value << 4
//
//   IMMED2 (bits 5..0)
//     001011  ATOM   atom index << 6
//     011011  CATCH  catch index << 6 (only on the stack)
//     111011  NIL    []
//
//   HEADER (bits 5..0 = subtag << 2 | 00), arity (words that follow) << 6
//     subtags: see `Subtag` below.
//
// Invariants
//   * All tag arithmetic lives in vm/term*.hpp; everything else uses this API.
//   * Heap objects are 8-byte aligned, so a pointer has its two low bits free.
//   * A small integer is always used when the value fits (bignums are
//     normalised), so `==` on two smalls is integer equality.
//   * Checked (Debug) builds assert every `as_*` against its `is_*`.
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>

namespace openbeam::vm {

using Word = uint64_t;

class Term {
 public:
  constexpr Term() : w_(0) {}
  constexpr explicit Term(Word w) : w_(w) {}
  constexpr Word raw() const { return w_; }
  constexpr bool operator==(Term o) const { return w_ == o.w_; }
  constexpr bool operator!=(Term o) const { return w_ != o.w_; }

 private:
  Word w_;
};

// ---- tags ---------------------------------------------------------------
namespace tag {
constexpr Word kPrimaryMask = 0x3;
constexpr Word kHeader = 0x0;
constexpr Word kList = 0x1;
constexpr Word kBoxed = 0x2;
constexpr Word kImmed1 = 0x3;

constexpr Word kImmed1Mask = 0xF;
constexpr Word kPid = 0x3;
constexpr Word kPort = 0x7;
constexpr Word kImmed2 = 0xB;
constexpr Word kSmall = 0xF;

constexpr Word kImmed2Mask = 0x3F;
constexpr Word kAtom = 0x0B;
constexpr Word kCatch = 0x1B;
constexpr Word kNil = 0x3B;

constexpr unsigned kSmallBits = 60;
}  // namespace tag

enum class Subtag : unsigned {
  kTuple = 0,         // arity words of elements
  kMatchState = 1,    // binary match context (interpreter)
  kPosBig = 2,        // limbs (mp_limb_t, little-endian order)
  kNegBig = 3,
  kRef = 4,           // local reference
  kFun = 5,           // closure
  kFloat = 6,         // one word: the IEEE double
  kExport = 7,        // `fun M:F/A`: one word, pointer to an ExportEntry
  kRefcBinary = 8,    // ProcBin: off-heap binary handle
  kHeapBinary = 9,    // byte size word + bytes
  kSubBinary = 10,    // window into another binary (also bitstrings)
  kHashMap = 11,      // map of more than 32 keys (same layout as kMap,
                      // keys in hash-trie iteration order; see map_hash.hpp)
  kExternalPid = 12,
  kExternalPort = 13,
  kExternalRef = 14,
  kMap = 15,          // map of at most 32 keys: keys in exact term order
};

constexpr Word make_header(Subtag s, Word arity) {
  return (arity << 6) | (static_cast<Word>(s) << 2) | tag::kHeader;
}
constexpr Subtag header_subtag(Word h) { return static_cast<Subtag>((h >> 2) & 0xF); }
constexpr Word header_arity(Word h) { return h >> 6; }

static_assert(sizeof(Term) == 8, "a term is one machine word");
static_assert(alignof(double) <= 8);

// ---- immediates ---------------------------------------------------------
constexpr int64_t kSmallMin = -(int64_t(1) << (tag::kSmallBits - 1));
constexpr int64_t kSmallMax = (int64_t(1) << (tag::kSmallBits - 1)) - 1;

constexpr Term make_nil() { return Term(tag::kNil); }
constexpr Term make_atom(uint32_t index) { return Term((Word(index) << 6) | tag::kAtom); }
constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
constexpr Term make_small(int64_t v) { return Term((Word(v) << 4) | tag::kSmall); }
constexpr Term make_catch(uint32_t index) { return Term((Word(index) << 6) | tag::kCatch); }

// Local pids: number (28 bits) and serial, like <0.Number.Serial>.
constexpr Term make_local_pid(uint32_t number, uint32_t serial) {
  return Term(((Word(serial) << 28 | (number & 0x0FFFFFFF)) << 4) | tag::kPid);
}
constexpr uint32_t local_pid_number(Term t) { return uint32_t((t.raw() >> 4) & 0x0FFFFFFF); }
constexpr uint32_t local_pid_serial(Term t) { return uint32_t(t.raw() >> 32); }
// Local ports: #Port<0.Number>.
constexpr Term make_local_port(uint64_t number) { return Term((Word(number) << 4) | tag::kPort); }
constexpr uint64_t local_port_number(Term t) { return t.raw() >> 4; }

constexpr bool is_nil(Term t) { return t.raw() == tag::kNil; }
constexpr bool is_atom(Term t) { return (t.raw() & tag::kImmed2Mask) == tag::kAtom; }
constexpr bool is_small(Term t) { return (t.raw() & tag::kImmed1Mask) == tag::kSmall; }
constexpr bool is_local_pid(Term t) { return (t.raw() & tag::kImmed1Mask) == tag::kPid; }
constexpr bool is_local_port(Term t) { return (t.raw() & tag::kImmed1Mask) == tag::kPort; }
constexpr bool is_catch(Term t) { return (t.raw() & tag::kImmed2Mask) == tag::kCatch; }
constexpr bool is_immed(Term t) { return (t.raw() & tag::kPrimaryMask) == tag::kImmed1; }
constexpr bool is_list(Term t) { return (t.raw() & tag::kPrimaryMask) == tag::kList; }
constexpr bool is_boxed(Term t) { return (t.raw() & tag::kPrimaryMask) == tag::kBoxed; }

inline uint32_t atom_index(Term t) {
  assert(is_atom(t));
  return uint32_t(t.raw() >> 6);
}
inline int64_t small_value(Term t) {
  assert(is_small(t));
  return int64_t(t.raw()) >> 4;
}

// Small-integer fast paths on the tagged words (the interpreter's
// operand-specialised arithmetic): a small is value << 4 | 0xF, so adding
// value << 4 to a small is the small of the sum, and signed word overflow is
// exactly "does not fit a small".
constexpr bool both_small(Term a, Term b) { return (a.raw() & b.raw() & tag::kImmed1Mask) == tag::kSmall; }
// *r = a + b for two smalls; false on overflow.
inline bool small_add(Term a, Term b, Term* r) {
  int64_t v;
  if (__builtin_add_overflow(int64_t(a.raw()), int64_t(b.raw() - tag::kSmall), &v)) return false;
  *r = Term(Word(v));
  return true;
}
// *r = a - b for two smalls; false on overflow.
inline bool small_sub(Term a, Term b, Term* r) {
  int64_t v;
  if (__builtin_sub_overflow(int64_t(a.raw()), int64_t(b.raw() - tag::kSmall), &v)) return false;
  *r = Term(Word(v));
  return true;
}
// Order of two smalls (the words order like the values).
constexpr bool small_less(Term a, Term b) { return int64_t(a.raw()) < int64_t(b.raw()); }

// ---- pointers -----------------------------------------------------------
inline Term make_list(const Word* cell) { return Term(reinterpret_cast<Word>(cell) | tag::kList); }
inline Term make_boxed(const Word* hdr) { return Term(reinterpret_cast<Word>(hdr) | tag::kBoxed); }
inline Word* list_ptr(Term t) {
  assert(is_list(t));
  return reinterpret_cast<Word*>(t.raw() - tag::kList);
}
inline Word* boxed_ptr(Term t) {
  assert(is_boxed(t));
  return reinterpret_cast<Word*>(t.raw() - tag::kBoxed);
}
inline Term car(Term t) { return Term(list_ptr(t)[0]); }
inline Term cdr(Term t) { return Term(list_ptr(t)[1]); }

inline Subtag boxed_subtag(Term t) { return header_subtag(*boxed_ptr(t)); }
inline bool is_boxed_of(Term t, Subtag s) { return is_boxed(t) && boxed_subtag(t) == s; }

// tuples
inline bool is_tuple(Term t) { return is_boxed_of(t, Subtag::kTuple); }
inline Word tuple_arity(Term t) {
  assert(is_tuple(t));
  return header_arity(*boxed_ptr(t));
}
// 1-based like element/2.
inline Term tuple_element(Term t, Word i) {
  assert(i >= 1 && i <= tuple_arity(t));
  return Term(boxed_ptr(t)[i]);
}

// floats
inline bool is_float(Term t) { return is_boxed_of(t, Subtag::kFloat); }
inline double float_value(Term t) {
  assert(is_float(t));
  double d;
  std::memcpy(&d, boxed_ptr(t) + 1, sizeof d);
  return d;
}

// bignums
inline bool is_bignum(Term t) {
  if (!is_boxed(t)) return false;
  Subtag s = boxed_subtag(t);
  return s == Subtag::kPosBig || s == Subtag::kNegBig;
}
inline bool is_integer(Term t) { return is_small(t) || is_bignum(t); }
inline bool is_number(Term t) { return is_integer(t) || is_float(t); }

// export funs (fun M:F/A)
struct ExportEntry;
inline bool is_export_fun(Term t) { return is_boxed_of(t, Subtag::kExport); }
inline const ExportEntry* export_fun_entry(Term t) {
  assert(is_export_fun(t));
  return reinterpret_cast<const ExportEntry*>(boxed_ptr(t)[1]);
}

// local references: [header kRef, arity 2] [n0 | n1 << 32] [n2]
// (a resource reference has two more words, vm/resource.hpp)
// n0..n2 are ERTS's three 32-bit reference numbers (n0 least significant:
// 18 bits of the counter; n1: counter bits 18..31 and the scheduler id in
// its low 16 bits; n2: counter bits 32..63). Printed #Ref<0.n2.n1.n0>.
constexpr Word kLocalRefWords = 3;
constexpr uint32_t kRefN0Mask = 0x3FFFF;  // ERTS's REF_MASK (18 bits)
struct RefNumbers {
  uint32_t n[3];
};
inline bool is_local_ref(Term t) { return is_boxed_of(t, Subtag::kRef); }
inline bool is_reference(Term t) { return is_local_ref(t) || is_boxed_of(t, Subtag::kExternalRef); }
// Builds a local reference in `hp` (kLocalRefWords words).
inline Term make_local_ref(Word* hp, RefNumbers r) {
  hp[0] = make_header(Subtag::kRef, kLocalRefWords - 1);
  hp[1] = Word(r.n[0]) | Word(r.n[1]) << 32;
  hp[2] = r.n[2];
  return make_boxed(hp);
}
inline RefNumbers local_ref_numbers(Term t) {
  assert(is_local_ref(t));
  const Word* p = boxed_ptr(t);
  return RefNumbers{{uint32_t(p[1]), uint32_t(p[1] >> 32), uint32_t(p[2])}};
}

// maps: [header] [keys tuple] [value 1] ... [value n]
// Flat maps (<= 32 keys) keep keys in exact term order; hash maps keep them
// in the order ERTS's hash trie iterates them (map_hash.hpp).
constexpr Word kMaxFlatMapKeys = 32;
inline bool is_map(Term t) {
  return is_boxed(t) && (boxed_subtag(t) == Subtag::kMap || boxed_subtag(t) == Subtag::kHashMap);
}
inline bool is_hash_map(Term t) { return is_boxed_of(t, Subtag::kHashMap); }

// Words a flat map of n keys takes (not counting the keys tuple).
constexpr Word flatmap_words(Word n) { return 2 + n; }

}  // namespace openbeam::vm
