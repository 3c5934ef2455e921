#include "vm/map_hash.hpp"

#include "vm/lookup2.hpp"

#include <cstring>
#include <vector>

#include "vm/small_stack.hpp"

#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::vm {
namespace {

constexpr uint32_t kGolden = lookup2::kGolden;  // "HCONST"
constexpr uint32_t kSaltBase = 3432918353u;
// erl's default process and port limits (262144, 65536), as table bits.
constexpr unsigned kErtsProcessTableBits = 18;
constexpr unsigned kErtsPortTableBits = 16;
// Per-type mixing constants: kGolden * n (mod 2^32), as ERTS numbers them.
constexpr uint32_t hconst(unsigned n) { return uint32_t(kGolden * n); }

using lookup2::mix;

struct Hasher {
  uint32_t h;
  void two(uint32_t x, uint32_t y, uint32_t k) {
    uint32_t a = k + x, b = k + y;
    mix(a, b, h);
  }
  void one(uint32_t x, uint32_t k) { two(x, 0, k); }
  void constant(uint32_t k) {
    h ^= k;
    h = (h << 17) ^ (h >> 15);
  }
};

uint32_t block_hash(const uint8_t* k, size_t len, uint32_t init) { return lookup2::block(k, len, init); }

// The 64-bit word ERTS uses for an immediate. Atoms, small integers and
// nil have ERTS's bits already. ERTS keeps a pid's or port's process-table
// slot in the upper half ((data mod cache lines) * 8 + data / cache lines,
// with 8 slots per 64-byte cache line) and the 28-bit data, serial << 15 |
// number for pids, in the lower half.
Word erts_immediate_word(Term t) {
  auto with_slot = [](Word data, Word tag, unsigned table_bits) {
    data &= 0x0FFFFFFF;
    unsigned line_bits = table_bits - 3;  // cache lines in the table
    Word slot = ((data & ((Word(1) << line_bits) - 1)) << 3) + ((data >> line_bits) & 7);
    return (slot << 32) | (data << 4) | tag;
  };
  if (is_local_pid(t)) {
    Word data = (Word(local_pid_serial(t)) << 15) | local_pid_number(t);
    return with_slot(data, t.raw() & 0xF, kErtsProcessTableBits);
  }
  if (is_local_port(t)) return with_slot(local_port_number(t), t.raw() & 0xF, kErtsPortTableBits);
  return t.raw();
}

// Stack entries: a term, or the marker for "the cdr of a cons was hashed".
struct Item {
  Term t;
  bool cdr_marker;
};

}  // namespace

uint32_t internal_hash(Term term, uint32_t salt) {
  Hasher hs{salt ^ kSaltBase};
  if (is_immed(term)) {  // the common key: no stack needed
    Word w = erts_immediate_word(term);
    hs.two(uint32_t(w), uint32_t(w >> 32), kGolden);
    return hs.h;
  }
  SmallStack<Item, 32> stack;  // inline for typical keys: no allocation
  for (;;) {
    bool pop = false;
    if (is_immed(term)) {
      Word w = erts_immediate_word(term);
      hs.two(uint32_t(w), uint32_t(w >> 32), kGolden);
      pop = true;
    } else if (is_list(term)) {
      // Runs of byte-valued elements are hashed four at a time.
      unsigned c = 0;
      uint32_t sh = 0;
      Term cell = term;
      for (;;) {
        Term hd = car(cell);
        if (!(is_small(hd) && small_value(hd) >= 0 && small_value(hd) <= 255)) break;
        sh = (sh << 8) + uint32_t(small_value(hd));
        if (c == 3) {
          hs.one(sh, hconst(4));
          c = 0;
          sh = 0;
        } else {
          c++;
        }
        term = cdr(cell);
        if (!is_list(term)) break;
        cell = term;
      }
      if (c > 0) hs.two(sh, c, hconst(22));
      if (is_list(term)) {
        Term tail = cdr(term);
        hs.constant(hconst(17));
        stack.push_back({tail, false});
        if (!is_list(tail)) stack.push_back({Term(), true});
        term = car(term);
      }
      continue;  // hash `term` (the car, or the improper/nil tail)
    } else {
      const Word* p = boxed_ptr(term);
      switch (header_subtag(p[0])) {
        case Subtag::kTuple: {
          Word n = header_arity(p[0]);
          hs.one(uint32_t(n), hconst(9));
          if (n == 0) {
            pop = true;
            break;
          }
          for (Word i = n; i >= 2; i--) stack.push_back({Term(p[i]), false});
          term = Term(p[1]);
          continue;
        }
        case Subtag::kMap: {  // flat: pairs in key order
          Term keys(p[1]);
          Word n = tuple_arity(keys);
          hs.one(uint32_t(n), hconst(16));
          for (Word i = n; i >= 1; i--) {
            stack.push_back({Term(p[1 + i]), false});
            stack.push_back({tuple_element(keys, i), false});
          }
          pop = true;
          break;
        }
        case Subtag::kHashMap: {
          // ERTS pushes each trie node's slots in ascending order and pops
          // them back, so the pairs are hashed in reverse iteration order
          // (trie nodes below the head add nothing of their own).
          Term keys(p[1]);
          Word n = tuple_arity(keys);
          hs.one(uint32_t(n), hconst(16));
          for (Word i = 1; i <= n; i++) {
            stack.push_back({Term(p[1 + i]), false});
            stack.push_back({tuple_element(keys, i), false});
          }
          pop = true;
          break;
        }
        case Subtag::kHeapBinary:
        case Subtag::kRefcBinary:
        case Subtag::kSubBinary: {
          BitsView v = bits_view(term);
          uint32_t con = hconst(13) + hs.h;
          if (v.bytes == 0 && v.extra_bits == 0) {
            hs.h = con;
          } else {
            std::vector<uint8_t> buf;
            const uint8_t* bytes = v.base;
            if (v.bit_offset) {
              buf.resize(v.bytes + 1);
              for (size_t i = 0; i < v.bytes; i++) buf[i] = v.byte(i);
              bytes = buf.data();
            }
            hs.h = block_hash(bytes, v.bytes, con);
            if (v.extra_bits) {
              unsigned last = 0;
              for (unsigned b = 0; b < v.extra_bits; b++) last = (last << 1) | v.bit(v.bytes * 8 + b);
              hs.two(v.extra_bits, last, hconst(15));
            }
          }
          pop = true;
          break;
        }
        case Subtag::kPosBig:
        case Subtag::kNegBig: {
          BigView b = big_view(term);
          uint32_t con = b.negative ? hconst(10) : hconst(11);
          for (size_t i = 0; i < b.n; i++) hs.two(uint32_t(b.limbs[i]), uint32_t(b.limbs[i] >> 32), con);
          pop = true;
          break;
        }
        case Subtag::kFloat: {
          double d = float_value(term);
          if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
          uint64_t bits;
          std::memcpy(&bits, &d, 8);
          hs.two(uint32_t(bits), uint32_t(bits >> 32), hconst(12));
          pop = true;
          break;
        }
        case Subtag::kRef: {  // all three numbers, like ERTS's internal hash
          RefNumbers r = local_ref_numbers(term);
          hs.one(r.n[0], hconst(7));
          hs.two(r.n[1], r.n[2], hconst(8));
          pop = true;
          break;
        }
        default: {
          // Export funs and other VM-internal objects: hash the pointer.
          Word w = p[1];
          hs.two(uint32_t(w), uint32_t(w >> 32), hconst(14));
          pop = true;
          break;
        }
      }
    }
    if (!pop) continue;
    for (;;) {
      if (stack.empty()) return hs.h;
      Item it = stack.back();
      stack.pop_back();
      if (it.cdr_marker) {
        hs.constant(hconst(18));
        continue;
      }
      term = it.t;
      break;
    }
  }
}

uint32_t map_hash(Term key, unsigned depth) {
  Hasher salt{0};
  if (depth > 0) salt.two(depth, 1, hconst(22));
  return internal_hash(key, salt.h);
}

// The trie takes the hash's nibbles from the least significant one: with
// the nibbles reversed, unsigned comparison is the trie's order.
static uint32_t reverse_nibbles(uint32_t h) {
  h = ((h & 0x0F0F0F0Fu) << 4) | ((h >> 4) & 0x0F0F0F0Fu);
  return __builtin_bswap32(h);
}

uint32_t map_order_key(Term key) { return reverse_nibbles(map_hash(key, 0)); }

bool map_hash_order_less(uint32_t ka, Term a, uint32_t kb, Term b) {
  if (ka != kb) return ka < kb;
  for (unsigned depth = 1; depth < 8; depth++) {
    uint32_t ha = reverse_nibbles(map_hash(a, depth)), hb = reverse_nibbles(map_hash(b, depth));
    if (ha != hb) return ha < hb;
  }
  return compare_exact(a, b) < 0;  // full collision: any fixed order
}

namespace {

// One trie node over keys[0, n) (all sharing the nibbles above `level`,
// in trie order): a header word, a slot per distinct nibble, and the inner
// nodes below slots shared by several keys.
size_t trie_node_words(const Word* keys, size_t n, unsigned level) {
  constexpr unsigned kMaxLevel = 64;  // 8 salted 32-bit hashes
  auto nibble = [level](Word k) { return (map_hash(Term(k), level / 8) >> (4 * (level % 8))) & 0xF; };
  size_t words = 1;
  for (size_t i = 0; i < n;) {
    uint32_t slot = nibble(keys[i]);
    size_t j = i + 1;
    while (j < n && nibble(keys[j]) == slot) j++;
    words += 1;
    if (j - i > 1 && level + 1 < kMaxLevel) words += trie_node_words(keys + i, j - i, level + 1);
    i = j;
  }
  return words;
}

}  // namespace

size_t hash_trie_words(Term map) {
  Term keys(boxed_ptr(map)[1]);
  size_t n = tuple_arity(keys);
  const Word* k = boxed_ptr(keys) + 1;
  return 1 + trie_node_words(k, n, 0) + 2 * n;
}

bool map_hash_order_less(Term a, Term b) {
  return map_hash_order_less(map_order_key(a), a, map_order_key(b), b);
}

}  // namespace openbeam::vm
