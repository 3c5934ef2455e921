#include "vm/term_compare.hpp"

#include <algorithm>
#include <unordered_map>
#include <cmath>
#include <vector>

#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bignum.hpp"
#include "vm/code.hpp"
#include "vm/export_table.hpp"
#include "vm/map_ops.hpp"
#include "vm/small_stack.hpp"

namespace openbeam::vm {
namespace {

// Rank of each type in the term order.
enum Rank { kNumber, kAtom, kRef, kFun, kPort, kPid, kTuple, kMap, kNil, kList, kBits };

Rank rank(Term t) {
  if (is_small(t)) return kNumber;
  if (is_atom(t)) return kAtom;
  if (is_nil(t)) return kNil;
  if (is_list(t)) return kList;
  if (is_local_pid(t)) return kPid;
  if (is_local_port(t)) return kPort;
  switch (boxed_subtag(t)) {
    case Subtag::kTuple: return kTuple;
    case Subtag::kPosBig:
    case Subtag::kNegBig:
    case Subtag::kFloat: return kNumber;
    case Subtag::kRef:
    case Subtag::kExternalRef: return kRef;
    case Subtag::kFun:
    case Subtag::kExport: return kFun;
    case Subtag::kExternalPort: return kPort;
    case Subtag::kExternalPid: return kPid;
    case Subtag::kMap:
    case Subtag::kHashMap: return kMap;
    default: return kBits;
  }
}

int sign(int64_t v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

int compare_doubles(double a, double b) { return a < b ? -1 : a > b ? 1 : 0; }

// Exact comparison of an integer with a float.
int compare_int_float(Term i, double f) {
  if (is_small(i)) {
    // Every small (60 bits) and every double is exact as a long double
    // (64-bit mantissa on x86-64); elsewhere fall back to the bignum path.
    if constexpr (sizeof(long double) > sizeof(double)) {
      long double a = (long double)small_value(i), b = f;
      return a < b ? -1 : a > b ? 1 : 0;
    }
  }
  bool overflow = false;
  double id = integer_to_double(i, &overflow);
  if (overflow) return is_small(i) ? 0 : (big_view(i).negative ? -1 : 1);
  if (id != f) return compare_doubles(id, f);
  // Equal after rounding: decide exactly on floor(f) as an integer.
  double fl = std::floor(f);
  int e;
  double m = std::frexp(std::fabs(fl), &e);  // |fl| = m * 2^e, 0.5 <= m < 1
  Limb limbs[20] = {0};
  uint64_t mant = uint64_t(std::ldexp(m, 53));
  int shift = e - 53;
  if (shift < 0) {
    mant >>= -shift;
    shift = 0;
  }
  limbs[shift / 64] = mant << (shift % 64);
  if (shift % 64 && shift / 64 + 1 < 20) limbs[shift / 64 + 1] = mant >> (64 - shift % 64);
  Word buf[22];
  size_t used;
  uint8_t bytes[160];
  for (int k = 0; k < 160; k++) bytes[k] = uint8_t(limbs[k / 8] >> (8 * (k % 8)));
  Term fi = integer_from_le_bytes(buf, bytes, sizeof bytes, fl < 0, &used);
  int c = compare_integers(i, fi);
  if (c != 0) return c;
  return fl == f ? 0 : -1;  // f has a fractional part above floor(f)
}

int compare_numbers(Term a, Term b, bool exact) {
  bool fa = is_float(a), fb = is_float(b);
  if (!fa && !fb) return compare_integers(a, b);
  if (fa && fb) return compare_doubles(float_value(a), float_value(b));
  if (exact) return fa ? 1 : -1;  // integers sort before floats
  return fa ? -compare_int_float(b, float_value(a)) : compare_int_float(a, float_value(b));
}

int compare_bits(Term a, Term b) {
  BitsView x = bits_view(a), y = bits_view(b);
  size_t xb = x.bit_size(), yb = y.bit_size();
  size_t common = std::min(x.bytes, y.bytes);
  if (x.bit_offset == 0 && y.bit_offset == 0) {
    int c = std::memcmp(x.base, y.base, common);
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (size_t i = 0; i < common; i++) {
      uint8_t p = x.byte(i), q = y.byte(i);
      if (p != q) return p < q ? -1 : 1;
    }
  }
  size_t n = std::min(xb, yb);
  for (size_t i = common * 8; i < n; i++) {
    unsigned p = x.bit(i), q = y.bit(i);
    if (p != q) return p < q ? -1 : 1;
  }
  return xb < yb ? -1 : xb > yb ? 1 : 0;
}

// Local references: numbers from the most significant down, like ERTS.
// (External references need nodes: issue 4.)
int compare_refs(Term a, Term b) {
  if (!is_local_ref(a) || !is_local_ref(b)) return is_local_ref(a) ? -1 : 1;
  RefNumbers x = local_ref_numbers(a), y = local_ref_numbers(b);
  for (int i = 2; i >= 0; i--) {
    if (x.n[i] != y.n[i]) return x.n[i] < y.n[i] ? -1 : 1;
  }
  return 0;
}

int compare_atoms(Term a, Term b) {
  std::string_view x = atom_text(a), y = atom_text(b);
  int c = x.compare(y);  // UTF-8 byte order is code point order
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// Hash maps are compared in key order, which they do not store. Sorting
// their keys compares keys, which may be hash maps again: without memoising,
// nested hash-map keys would be re-sorted at every level (exponential). So
// each hash map is sorted once per outermost comparison.
thread_local int g_depth = 0;
thread_local std::unordered_map<const Word*, std::vector<std::pair<Term, Term>>>* g_sorted = nullptr;

struct DepthGuard {
  DepthGuard() { g_depth++; }
  ~DepthGuard() {
    if (--g_depth == 0 && g_sorted) {
      delete g_sorted;
      g_sorted = nullptr;
    }
  }
};

// A map's pairs in exact key order (hash maps store another order).
std::vector<std::pair<Term, Term>> sorted_pairs(Term m) {
  const Word* p = boxed_ptr(m);
  if (is_hash_map(m)) {
    if (!g_sorted) g_sorted = new std::unordered_map<const Word*, std::vector<std::pair<Term, Term>>>();
    auto it = g_sorted->find(p);
    if (it != g_sorted->end()) return it->second;
  }
  Term keys(p[1]);
  Word n = tuple_arity(keys);
  std::vector<std::pair<Term, Term>> kv(n);
  for (Word i = 0; i < n; i++) kv[i] = {tuple_element(keys, i + 1), Term(p[2 + i])};
  if (is_hash_map(m)) {
    std::sort(kv.begin(), kv.end(),
              [](const auto& a, const auto& b) { return compare_exact(a.first, b.first) < 0; });
    if (g_sorted) (*g_sorted)[p] = kv;
  }
  return kv;
}

struct Pending {
  Term a, b;
  bool exact;
};

int compare_impl(Term a0, Term b0, bool exact0);

// Two hash maps of the same size whose keys are equal lie in the same
// (trie) order: compares them without sorting. Among the keys whose values
// differ, the least in key order decides. False when the key sets differ
// (the caller then sorts). Recursion is bounded by the caller (g_depth).
bool compare_same_key_hash_maps(Term a, Term b, bool exact, int* result) {
  const Word* ka = boxed_ptr(Term(boxed_ptr(a)[1])) + 1;
  const Word* kb = boxed_ptr(Term(boxed_ptr(b)[1])) + 1;
  const Word* va = boxed_ptr(a) + 2;
  const Word* vb = boxed_ptr(b) + 2;
  Word n = map_size(a);
  Word best = n;
  int best_c = 0;
  for (Word i = 0; i < n; i++) {
    if (ka[i] != kb[i] && compare_impl(Term(ka[i]), Term(kb[i]), true) != 0) return false;
    if (va[i] == vb[i]) continue;
    int c = compare_impl(Term(va[i]), Term(vb[i]), exact);
    if (c != 0 && (best == n || compare_impl(Term(ka[i]), Term(ka[best]), true) < 0)) {
      best = i;
      best_c = c;
    }
  }
  *result = best_c;
  return true;
}

int compare_impl(Term a0, Term b0, bool exact0) {
  // Fast paths without any bookkeeping: equal words, two smalls, two atoms.
  if (a0 == b0) return 0;
  if (is_small(a0) && is_small(b0)) return sign(small_value(a0) - small_value(b0));
  if (is_atom(a0) && is_atom(b0)) return compare_atoms(a0, b0);
  if (is_tuple(a0) && is_tuple(b0)) {  // tuples of smalls and atoms (typical keys)
    Word n = tuple_arity(a0), m = tuple_arity(b0);
    if (n != m) return n < m ? -1 : 1;
    Word i = 1;
    for (; i <= n; i++) {
      Term x = tuple_element(a0, i), y = tuple_element(b0, i);
      if (x == y) continue;
      if (is_small(x) && is_small(y)) return sign(small_value(x) - small_value(y));
      if (is_atom(x) && is_atom(y)) return compare_atoms(x, y);
      break;
    }
    if (i > n) return 0;
  }
  DepthGuard guard;
  SmallStack<Pending, 16> stack;  // inline for typical keys
  stack.push_back({a0, b0, exact0});
  while (!stack.empty()) {
    Pending p = stack.back();
    stack.pop_back();
    Term a = p.a, b = p.b;
    bool exact = p.exact;
    for (;;) {  // loops on list tails without growing the stack
      if (a == b) break;
      Rank ra = rank(a), rb = rank(b);
      if (ra != rb) return ra < rb ? -1 : 1;
      int c = 0;
      switch (ra) {
        case kNumber: c = compare_numbers(a, b, exact); break;
        case kAtom: c = compare_atoms(a, b); break;
        case kNil: break;
        case kBits: c = compare_bits(a, b); break;
        case kPid:
        case kPort: c = sign(int64_t(a.raw() >> 4) - int64_t(b.raw() >> 4)); break;
        case kRef: c = compare_refs(a, b); break;
        case kFun: {
          if (is_export_fun(a) && is_export_fun(b)) {
            const ExportEntry* x = export_fun_entry(a);
            const ExportEntry* y = export_fun_entry(b);
            c = compare_atoms(x->module, y->module);
            if (!c) c = compare_atoms(x->function, y->function);
            if (!c) c = sign(int64_t(x->arity) - int64_t(y->arity));
          } else if (!is_export_fun(a) && !is_export_fun(b)) {
            // Like ERTS: module, lambda index, old_uniq, number of free
            // variables, then the free variables in order.
            const FunEntry* x = closure_entry(a);
            const FunEntry* y = closure_entry(b);
            c = compare_atoms(x->module_name, y->module_name);
            if (!c) c = sign(int64_t(x->index) - int64_t(y->index));
            if (!c) c = sign(int64_t(x->old_uniq) - int64_t(y->old_uniq));
            uint32_t na = closure_num_free(a), nb = closure_num_free(b);
            if (!c) c = sign(int64_t(na) - int64_t(nb));
            if (!c) {
              for (uint32_t i = na; i >= 1; i--) {
                stack.push_back({closure_env(a)[i - 1], closure_env(b)[i - 1], exact});
              }
            }
          } else {
            c = is_export_fun(a) ? 1 : -1;
          }
          break;
        }
        case kTuple: {
          Word n = tuple_arity(a), m = tuple_arity(b);
          if (n != m) return n < m ? -1 : 1;
          for (Word i = n; i >= 1; i--) {
            stack.push_back({tuple_element(a, i), tuple_element(b, i), exact});
          }
          break;
        }
        case kMap: {
          if (map_size(a) != map_size(b)) return map_size(a) < map_size(b) ? -1 : 1;
          if (is_hash_map(a) && g_depth < 64 && compare_same_key_hash_maps(a, b, exact, &c)) break;
          auto x = sorted_pairs(a), y = sorted_pairs(b);
          if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
          // Keys first (exactly, in key order), then values in key order.
          for (size_t i = x.size(); i >= 1; i--) stack.push_back({x[i - 1].second, y[i - 1].second, exact});
          for (size_t i = x.size(); i >= 1; i--) stack.push_back({x[i - 1].first, y[i - 1].first, true});
          break;
        }
        case kList: {
          stack.push_back({cdr(a), cdr(b), exact});
          a = car(a);
          b = car(b);
          continue;
        }
      }
      if (c) return c;
      break;
    }
  }
  return 0;
}

}  // namespace

int compare_slow(Term a, Term b) { return compare_impl(a, b, false); }
int compare_exact_slow(Term a, Term b) { return compare_impl(a, b, true); }

}  // namespace openbeam::vm
