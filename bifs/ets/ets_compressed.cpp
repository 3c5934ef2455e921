// ets:info(T, memory) of `compressed` tables: ERTS keeps the key element
// as a term and every other non-immediate element in its external format
// (ERTS's ETS variant of it), after the tuple and a word holding the
// allocated size, all rounded up to whole words.
//
// The ETS variant differs from term_to_binary's sizes in: atoms (also the
// node names of pids, ports and refs) are 3-byte atom-table references;
// refc binaries of more than 32 bytes stay references (1 byte, 2 more for a
// sub binary, plus ERTS's 6-word binary handle); a sub binary's size counts
// the bytes its bit offset and trailing bits touch.
#include "bifs/ets/ets_table.hpp"

#include <vector>

#include "vm/bignum.hpp"
#include "vm/binary.hpp"
#include "vm/code.hpp"

namespace openbeam::ets {

using namespace vm;

namespace {

constexpr size_t kAtomRefBytes = 3;  // ATOM_INTERNAL_REF2
constexpr size_t kStringMax = 65535;
constexpr size_t kRefcHandleBytes = 6 * 8;

size_t integer_bytes(uint64_t magnitude) {
  size_t n = 0;
  for (; magnitude; magnitude >>= 8) n++;
  return n;
}

size_t small_bytes(int64_t v) {
  if (v >= 0 && v < 256) return 2;                     // SMALL_INTEGER_EXT
  if (v >= INT32_MIN && v <= INT32_MAX) return 5;      // INTEGER_EXT
  uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  return 3 + integer_bytes(mag);                       // SMALL_BIG_EXT
}

size_t bignum_bytes(Term t) {
  BigView b = big_view(t);
  size_t bytes = (b.n - 1) * 8 + integer_bytes(uint64_t(b.limbs[b.n - 1]));
  return bytes < 256 ? 3 + bytes : 6 + bytes;
}

size_t bitstring_bytes(Term t) {
  const Word* p = boxed_ptr(t);
  BitsView v = bits_view(t);
  size_t bytes = v.bytes;
  bool refc = header_subtag(p[0]) == Subtag::kRefcBinary;
  size_t sub_extra = 0;
  if (header_subtag(p[0]) == Subtag::kSubBinary) {
    refc = boxed_subtag(Term(p[4])) == Subtag::kRefcBinary;
    sub_extra = 2;
    bytes += (v.bit_offset + v.extra_bits + 7) / 8;
  }
  if (refc && heap_binary_words(bytes) > 6) return 1 + sub_extra + kRefcHandleBytes;
  return (v.extra_bits == 0 ? 5 : 7) + bytes;
}

// Bytes of `t`'s ETS external format (no version byte).
size_t ext_bytes(Term root) {
  size_t n = 0;
  std::vector<Term> stack{root};
  while (!stack.empty()) {
    Term t = stack.back();
    stack.pop_back();
    if (is_nil(t)) {
      n += 1;
    } else if (is_atom(t)) {
      n += kAtomRefBytes;
    } else if (is_small(t)) {
      n += small_bytes(small_value(t));
    } else if (is_local_pid(t)) {
      n += 1 + kAtomRefBytes + 12;
    } else if (is_local_port(t)) {
      n += 1 + kAtomRefBytes + 4 + (local_port_number(t) > 0x0FFFFFFF ? 8 : 4);
    } else if (is_list(t)) {
      size_t len = 0;
      Term l = t;
      while (is_list(l) && len <= kStringMax) {
        Term hd = car(l);
        if (!is_small(hd) || small_value(hd) < 0 || small_value(hd) > 255) break;
        len++;
        l = cdr(l);
      }
      if (is_nil(l) && len <= kStringMax) {
        n += 3 + len;  // STRING_EXT
        continue;
      }
      n += 5;  // LIST_EXT: its elements, then the tail
      std::vector<Term> elems;
      for (l = t; is_list(l); l = cdr(l)) elems.push_back(car(l));
      stack.push_back(l);
      for (auto it = elems.rbegin(); it != elems.rend(); ++it) stack.push_back(*it);
    } else {
      const Word* p = boxed_ptr(t);
      switch (header_subtag(p[0])) {
        case Subtag::kTuple: {
          Word arity = header_arity(p[0]);
          n += arity <= 0xFF ? 2 : 5;
          for (Word i = 1; i <= arity; i++) stack.push_back(Term(p[i]));
          break;
        }
        case Subtag::kMap:
        case Subtag::kHashMap: {  // MAP_EXT and the pairs (trie nodes add nothing)
          Word arity = header_arity(p[0]);
          n += 5;
          Term keys(p[1]);
          for (Word i = 1; i < arity; i++) {
            stack.push_back(tuple_element(keys, i));
            stack.push_back(Term(p[1 + i]));
          }
          break;
        }
        case Subtag::kFloat:
          n += 9;
          break;
        case Subtag::kPosBig:
        case Subtag::kNegBig:
          n += bignum_bytes(t);
          break;
        case Subtag::kHeapBinary:
        case Subtag::kRefcBinary:
        case Subtag::kSubBinary:
          n += bitstring_bytes(t);
          break;
        case Subtag::kRef:
          n += 1 + 2 + kAtomRefBytes + 4 + 4 * 3;
          break;
        case Subtag::kExternalPid:
          n += 1 + kAtomRefBytes + 12;
          break;
        case Subtag::kExternalPort:
          n += 1 + kAtomRefBytes + 8;
          break;
        case Subtag::kExternalRef:
          n += 1 + 2 + kAtomRefBytes + 4 + 4 * 3;
          break;
        case Subtag::kExport:  // EXPORT_EXT: module, function, arity
          n += 1 + 2 * kAtomRefBytes + 2;
          break;
        case Subtag::kFun: {  // NEW_FUN_EXT with its creator and free variables
          n += 26 + 4 + (1 + kAtomRefBytes + 12) + kAtomRefBytes + 2 * 5;
          uint32_t nfree = closure_num_free(t);
          const Term* env = closure_env(t);
          for (uint32_t i = nfree; i > 0; i--) stack.push_back(env[i - 1]);
          break;
        }
        default:
          break;
      }
    }
  }
  return n;
}

}  // namespace

size_t compressed_object_words(Term tuple, unsigned keypos, size_t key_words) {
  const Word* p = boxed_ptr(tuple);
  Word arity = header_arity(p[0]);
  size_t bytes = 0;
  for (Word i = 1; i <= arity; i++) {
    if (i != keypos && !is_immed(Term(p[i]))) bytes += ext_bytes(Term(p[i]));
  }
  // The tuple's header and elements, the allocated-size word, the key's
  // own words and the external formats.
  return 1 + arity + 1 + key_words + (bytes + 7) / 8;
}

}  // namespace openbeam::ets
