// erlang:phash2/1,2 and erlang:phash/2 (see term_hash.hpp).
//
// Facts from ERTS 13 (erts/emulator/beam/utils.c make_hash2, make_hash and
// atom.c atom_hash), restated:
//
// make_hash2 keeps one 32-bit accumulator H (0 at the start) and mixes
// items into it with lookup2's MIX(a, b, H), where an item (x, y, K) sets
// a = K + x, b = K + y; K is a type constant G*n with G = 0x9e3779b9.
//   small in [-2^27, 2^27)   (x, 0, G); a negative one first (-x, 0, G)
//   other integers           per 64-bit limb of |v|: (lo, hi, G*10 if
//                            negative else G*11); a small counts as one limb
//   float                    (hi word, lo word, G*12) of the bits, -0.0 = 0.0
//   atom                     H == 0 ? H = atom hash : (atom hash, 0, G*3)
//   []                       H == 0 ? H = 3468870702 : (2, 0, G*2)
//   tuple                    (arity, 0, G*9), then the elements in order
//   list                     cells in order; consecutive byte (0..255) heads
//                            are packed big-endian 4 to a word, (w, 0, G*4),
//                            a partial word flushed when the run ends; other
//                            heads are hashed as terms; then the tail term
//   binary / bitstring       H = lookup2 block hash of the whole bytes with
//                            initval G*13 + H (just that sum when empty);
//                            then, if bits remain, (nbits, bits, G*15)
//   map                      (size, 0, G*16); if not empty: each key/value
//                            pair is hashed from H = 0 (key, then value),
//                            the pair hashes are xored (X), and the outer H
//                            continues with (X, 0, G*19)
//   export fun               (arity, module atom hash, G), (name hash, 0, G*14)
//   local fun                (num_free, module atom hash, G),
//                            (index, old_uniq, G), then the free variables
// phash2/1 keeps the low 27 bits; phash2/2 takes H mod range.
//
// make_hash (phash/2) is H = H * P + X steps over 32-bit arithmetic with
// primes F1..F14 just above 2^28 ("FUNNY_NUMBER"s):
//   small / bignum           the bytes of |v| LSB first with F2: 4 bytes, or
//                            8 when |v| needs more than 32 bits (the top
//                            limb of a bignum likewise), then H *= F4 if
//                            negative else F3
//   float                    H*F6 + (lo word ^ hi word)
//   atom                     H*F1 + atom hash
//   []                       H*F3 + 1
//   tuple                    the elements, then H*F9 + arity
//   list                     byte heads as H*F2 + byte, other heads hashed
//                            as terms, then the tail, then H *= F8
//   binary                   bytes H*F1 + b; trailing bits b (right
//                            aligned): (H*F1 + b)*F12 + nbits; then
//                            H*F4 + byte size
//   map                      H*F13 + F14 + make_hash2(map)
//   export fun               H*F11 + arity, H*F1 + module hash, H*F1 + name hash
//   local fun                H*F10 + num_free, H*F1 + module hash,
//                            H*F2 + index, H*F2 + old_uniq, then the free
//                            variables
// phash/2 returns 1 + H mod range.
#include "vm/term_hash.hpp"

#include "vm/lookup2.hpp"

#include <cstring>
#include <string_view>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/code.hpp"
#include "vm/export_table.hpp"
#include "vm/map_ops.hpp"

namespace openbeam::vm {
namespace {

// ---- shared helpers -------------------------------------------------------

bool is_byte_term(Term t) { return is_small(t) && small_value(t) >= 0 && small_value(t) <= 255; }

uint64_t double_bits(double d) {
  if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

// The whole bytes of a bitstring, contiguous (copied when not byte
// aligned), plus its trailing bits right-aligned.
struct BitstringBytes {
  std::vector<uint8_t> copy;
  const uint8_t* data;
  size_t size;
  unsigned extra_bits;
  unsigned last;  // the extra bits as a number (0 .. 2^extra_bits - 1)

  explicit BitstringBytes(Term t) {
    BitsView v = bits_view(t);
    size = v.bytes;
    extra_bits = v.extra_bits;
    if (v.bit_offset == 0) {
      data = v.base;
    } else {
      copy.resize(v.bytes);
      for (size_t i = 0; i < v.bytes; i++) copy[i] = v.byte(i);
      data = copy.data();
    }
    last = 0;
    for (unsigned b = 0; b < extra_bits; b++) last = (last << 1) | v.bit(v.bytes * 8 + b);
  }
};

// ---- make_hash2 ---------------------------------------------------------

constexpr uint32_t kG = lookup2::kGolden;
constexpr uint32_t g(unsigned n) { return uint32_t(kG * n); }
constexpr uint32_t kNilFirst = 3468870702u;
constexpr uint32_t kNilDef = 2;  // ERTS's NIL_DEF type number

using lookup2::mix;

inline void mix2(uint32_t& h, uint32_t x, uint32_t y, uint32_t k) {
  uint32_t a = k + x, b = k + y;
  mix(a, b, h);
}
inline void mix1(uint32_t& h, uint32_t x, uint32_t k) { mix2(h, x, 0, k); }

uint32_t block_hash(const uint8_t* k, size_t len, uint32_t initval) { return lookup2::block(k, len, initval); }

struct Item2 {
  enum Kind : uint8_t { kTerm, kPairEnd, kMapEnd } kind;
  Term term;               // kTerm
  uint32_t saved_hash;     // kMapEnd: the map's enclosing accumulator
  uint32_t saved_xor;      // kMapEnd: the enclosing map's pair xor
};

}  // namespace

uint32_t atom_hash_value(Term atom) {
  std::string_view s = atom_text(atom);
  uint32_t h = 0;
  for (size_t i = 0; i < s.size(); i++) {
    uint8_t v = uint8_t(s[i]);
    // U+0080..U+00FF (C2/C3 lead byte) count as their Latin-1 byte.
    if (i + 1 < s.size() && (v & 0xFE) == 0xC2 && (uint8_t(s[i + 1]) & 0xC0) == 0x80) {
      v = uint8_t((v << 6) | (uint8_t(s[i + 1]) & 0x3F));
      i++;
    }
    h = (h << 4) + v;
    if (uint32_t top = h & 0xF0000000u) {
      h ^= top >> 24;
      h ^= top;
    }
  }
  return h;
}

uint32_t make_hash2(Term t) {
  uint32_t h = 0;
  uint32_t xor_pairs = 0;
  std::vector<Item2> stack;
  Term term = t;
  for (;;) {
    // Hash `term`. Compound terms push their remaining parts and either
    // `continue` with their first part or fall through to the pop below.
    if (is_list(term)) {
      unsigned count = 0;
      uint32_t packed = 0;
      Term cell = term;
      for (;;) {
        Term hd = car(cell);
        if (!is_byte_term(hd)) break;
        packed = (packed << 8) + uint32_t(small_value(hd));
        if (count == 3) {
          mix1(h, packed, g(4));
          count = 0;
          packed = 0;
        } else {
          count++;
        }
        term = cdr(cell);
        if (!is_list(term)) break;
        cell = term;
      }
      if (count > 0) mix1(h, packed, g(4));
      if (is_list(term)) {  // stopped at a non-byte head (term == cell)
        stack.push_back({Item2::kTerm, cdr(cell), 0, 0});
        term = car(cell);
      }
      continue;  // the head, or the tail after the last cell
    }
    if (is_immed(term)) {
      if (is_small(term)) {
        int64_t v = small_value(term);
        if (v >= -(int64_t(1) << 27) && v < (int64_t(1) << 27)) {
          int32_t y = int32_t(v);
          if (y < 0) mix1(h, uint32_t(-y), kG);  // ERTS mixes negatives twice
          mix1(h, uint32_t(y), kG);
        } else {
          uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
          mix2(h, uint32_t(mag), uint32_t(mag >> 32), v < 0 ? g(10) : g(11));
        }
      } else if (is_atom(term)) {
        uint32_t av = atom_hash_value(term);
        if (h == 0) h = av;
        else mix1(h, av, g(3));
      } else if (is_nil(term)) {
        if (h == 0) h = kNilFirst;
        else mix1(h, kNilDef, g(2));
      } else {
        // TODO(processes): local pids hash (pid number, 0, G*5) and local
        // ports (number lo, number hi, G*6), with ERTS's internal numbering.
        // OpenBEAM has no pids or ports yet: hash the raw word so the value
        // is at least deterministic.
        Word w = term.raw();
        mix2(h, uint32_t(w), uint32_t(w >> 32), g(5));
      }
    } else {
      const Word* p = boxed_ptr(term);
      switch (header_subtag(p[0])) {
        case Subtag::kTuple: {
          Word n = header_arity(p[0]);
          mix1(h, uint32_t(n), g(9));
          if (n == 0) break;
          for (Word i = n; i >= 2; i--) stack.push_back({Item2::kTerm, Term(p[i]), 0, 0});
          term = Term(p[1]);
          continue;
        }
        case Subtag::kMap:
        case Subtag::kHashMap: {
          Word n = map_size(term);
          mix1(h, uint32_t(n), g(16));
          if (n == 0) break;
          stack.push_back({Item2::kMapEnd, Term(), h, xor_pairs});
          h = 0;
          xor_pairs = 0;
          for (Word i = n; i-- > 0;) {
            stack.push_back({Item2::kPairEnd, Term(), 0, 0});
            stack.push_back({Item2::kTerm, map_value(term, i), 0, 0});
            stack.push_back({Item2::kTerm, map_key(term, i), 0, 0});
          }
          break;
        }
        case Subtag::kHeapBinary:
        case Subtag::kRefcBinary:
        case Subtag::kSubBinary: {
          BitstringBytes bs(term);
          uint32_t con = g(13) + h;
          if (bs.size == 0 && bs.extra_bits == 0) {
            h = con;
          } else {
            h = block_hash(bs.data, bs.size, con);
            if (bs.extra_bits > 0) mix2(h, bs.extra_bits, bs.last, g(15));
          }
          break;
        }
        case Subtag::kPosBig:
        case Subtag::kNegBig: {
          BigView b = big_view(term);
          uint32_t con = b.negative ? g(10) : g(11);
          for (size_t i = 0; i < b.n; i++) mix2(h, uint32_t(b.limbs[i]), uint32_t(b.limbs[i] >> 32), con);
          break;
        }
        case Subtag::kFloat: {
          uint64_t bits = double_bits(float_value(term));
          mix2(h, uint32_t(bits >> 32), uint32_t(bits), g(12));
          break;
        }
        case Subtag::kExport: {
          const ExportEntry* e = export_fun_entry(term);
          mix2(h, e->arity, atom_hash_value(e->module), kG);
          mix1(h, atom_hash_value(e->function), g(14));
          break;
        }
        case Subtag::kFun: {
          const FunEntry* fe = closure_entry(term);
          Word num_free = closure_num_free(term);
          const Term* env = closure_env(term);
          mix2(h, uint32_t(num_free), atom_hash_value(fe->module_name), kG);
          mix2(h, fe->index, uint32_t(fe->old_uniq), kG);
          if (num_free == 0) break;
          for (Word i = num_free; i >= 2; i--) stack.push_back({Item2::kTerm, env[i - 1], 0, 0});
          term = env[0];
          continue;
        }
        case Subtag::kRef:  // only the first number, like ERTS
          mix1(h, local_ref_numbers(term).n[0], g(7));
          break;
        default: {
          // TODO(processes): external pids (number, 0, G*5) and ports
          // (lo, hi, G*6). None exist in OpenBEAM yet: hash the address.
          Word w = term.raw();
          mix2(h, uint32_t(w), uint32_t(w >> 32), g(7));
          break;
        }
      }
    }
    // `term` is done: continue with the next pending part.
    for (;;) {
      if (stack.empty()) return h;
      Item2 it = stack.back();
      stack.pop_back();
      if (it.kind == Item2::kTerm) {
        term = it.term;
        break;
      }
      if (it.kind == Item2::kPairEnd) {
        xor_pairs ^= h;
        h = 0;
      } else {  // kMapEnd
        h = it.saved_hash;
        mix1(h, xor_pairs, g(19));
        xor_pairs = it.saved_xor;
      }
    }
  }
}

// ---- make_hash ------------------------------------------------------------

namespace {

constexpr uint32_t F1 = 268440163u;
constexpr uint32_t F2 = 268439161u;
constexpr uint32_t F3 = 268435459u;
constexpr uint32_t F4 = 268436141u;
constexpr uint32_t F6 = 268437017u;
constexpr uint32_t F8 = 268437511u;
constexpr uint32_t F9 = 268439627u;
constexpr uint32_t F10 = 268440479u;
constexpr uint32_t F11 = 268440577u;
constexpr uint32_t F12 = 268440581u;
constexpr uint32_t F13 = 268440593u;
constexpr uint32_t F14 = 268440611u;

// The four bytes of x, least significant first.
inline void step32(uint32_t& h, uint32_t x, uint32_t prime) {
  for (int i = 0; i < 4; i++) h = h * prime + ((x >> (8 * i)) & 0xFF);
}

// Magnitude limbs (64-bit) of an integer: 4 bytes of the top limb when its
// high half is zero, 8 otherwise; all other limbs 8 bytes.
void hash_magnitude(uint32_t& h, const uint64_t* limbs, size_t n, bool negative) {
  for (size_t i = 0; i < n; i++) {
    uint64_t d = limbs[i];
    int bytes = (i + 1 == n && (d >> 32) == 0) ? 4 : 8;
    for (int j = 0; j < bytes; j++, d >>= 8) h = h * F2 + uint32_t(d & 0xFF);
  }
  h *= negative ? F4 : F3;
}

struct Item1 {
  enum Kind : uint8_t { kTerm, kListRest, kListEnd, kTupleEnd } kind;
  Term term;       // kTerm, kListRest (the rest of a list after a head)
  uint32_t arity;  // kTupleEnd
};

}  // namespace

uint32_t make_hash(Term t) {
  uint32_t h = 0;
  std::vector<Item1> stack;
  Term term = t;
  for (;;) {
    if (is_list(term)) {
      Term cell = term;
      for (;;) {
        Term hd = car(cell);
        if (!is_byte_term(hd)) {
          stack.push_back({Item1::kListRest, cdr(cell), 0});
          term = hd;
          break;
        }
        h = h * F2 + uint32_t(small_value(hd));
        Term tl = cdr(cell);
        if (!is_list(tl)) {
          stack.push_back({Item1::kListEnd, Term(), 0});
          term = tl;
          break;
        }
        cell = tl;
      }
      continue;
    }
    if (is_immed(term)) {
      if (is_small(term)) {
        int64_t v = small_value(term);
        uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
        hash_magnitude(h, &mag, 1, v < 0);
      } else if (is_atom(term)) {
        h = h * F1 + atom_hash_value(term);
      } else if (is_nil(term)) {
        h = h * F3 + 1;
      } else {
        // TODO(processes): pids hash their number bytewise with F5 then
        // *F6; ports their number with F9 (high word with F11) then *F10.
        // No pids or ports exist yet: hash the raw word deterministically.
        step32(h, uint32_t(term.raw()), F9);
        h *= F10;
      }
    } else {
      const Word* p = boxed_ptr(term);
      switch (header_subtag(p[0])) {
        case Subtag::kTuple: {
          Word n = header_arity(p[0]);
          if (n == 0) {
            h = h * F9;
            break;
          }
          stack.push_back({Item1::kTupleEnd, Term(), uint32_t(n)});
          for (Word i = n; i >= 2; i--) stack.push_back({Item1::kTerm, Term(p[i]), 0});
          term = Term(p[1]);
          continue;
        }
        case Subtag::kMap:
        case Subtag::kHashMap:
          h = h * F13 + F14 + make_hash2(term);
          break;
        case Subtag::kHeapBinary:
        case Subtag::kRefcBinary:
        case Subtag::kSubBinary: {
          BitstringBytes bs(term);
          for (size_t i = 0; i < bs.size; i++) h = h * F1 + bs.data[i];
          if (bs.extra_bits > 0) h = (h * F1 + bs.last) * F12 + bs.extra_bits;
          h = h * F4 + uint32_t(bs.size);
          break;
        }
        case Subtag::kPosBig:
        case Subtag::kNegBig: {
          BigView b = big_view(term);
          hash_magnitude(h, b.limbs, b.n, b.negative);
          break;
        }
        case Subtag::kFloat: {
          uint64_t bits = double_bits(float_value(term));
          h = h * F6 + (uint32_t(bits) ^ uint32_t(bits >> 32));
          break;
        }
        case Subtag::kExport: {
          const ExportEntry* e = export_fun_entry(term);
          h = h * F11 + e->arity;
          h = h * F1 + atom_hash_value(e->module);
          h = h * F1 + atom_hash_value(e->function);
          break;
        }
        case Subtag::kFun: {
          const FunEntry* fe = closure_entry(term);
          Word num_free = closure_num_free(term);
          const Term* env = closure_env(term);
          h = h * F10 + uint32_t(num_free);
          h = h * F1 + atom_hash_value(fe->module_name);
          h = h * F2 + fe->index;
          h = h * F2 + uint32_t(fe->old_uniq);
          if (num_free == 0) break;
          for (Word i = num_free; i >= 2; i--) stack.push_back({Item1::kTerm, env[i - 1], 0});
          term = env[0];
          continue;
        }
        case Subtag::kRef:  // the first number bytewise, like ERTS
          step32(h, local_ref_numbers(term).n[0], F9);
          h *= F10;
          break;
        default: {
          // TODO(processes): external pids and ports like local ones.
          // None exist yet: hash the object's address deterministically.
          step32(h, uint32_t(term.raw()), F9);
          h *= F10;
          break;
        }
      }
    }
    for (;;) {
      if (stack.empty()) return h;
      Item1 it = stack.back();
      stack.pop_back();
      if (it.kind == Item1::kTerm) {
        term = it.term;
        break;
      }
      if (it.kind == Item1::kListRest) {
        term = it.term;
        if (!is_list(term)) stack.push_back({Item1::kListEnd, Term(), 0});
        break;
      }
      if (it.kind == Item1::kListEnd) {
        h *= F8;
      } else {  // kTupleEnd
        h = h * F9 + it.arity;
      }
    }
  }
}

// ---- the BIF-level functions ------------------------------------------------

uint32_t phash2(Term t) { return make_hash2(t) & ((uint32_t(1) << 27) - 1); }

uint32_t phash2_range(Term t, uint64_t range) {
  assert(hash_range_ok(range));
  uint32_t h = make_hash2(t);
  return range == (uint64_t(1) << 32) ? h : uint32_t(h % range);
}

uint64_t phash(Term t, uint64_t range) {
  assert(hash_range_ok(range));
  return 1 + uint64_t(make_hash(t)) % range;
}

}  // namespace openbeam::vm
