#include "vm/map_ops.hpp"

#include <algorithm>

#include "vm/map_hash.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::vm {

namespace {

// Where `key` is, or where it would go, in a map's key array.
struct Slot {
  size_t index;
  bool found;
};

Slot locate(Term m, Term key) {
  Word n = map_size(m);
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  if (!is_hash_map(m)) {  // keys in exact term order
    size_t lo = 0, hi = n;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      int c = keys[mid] == key.raw() ? 0 : compare_exact(Term(keys[mid]), key);
      if (c == 0) return {mid, true};
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return {lo, false};
  }
  // Hash maps: keys in trie order; binary search on the order keys.
  uint32_t kk = map_order_key(key);
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    Term k(keys[mid]);
    uint32_t km = map_order_key(k);
    bool less;
    if (km != kk) {
      less = km < kk;
    } else {
      if (k == key || exact_equal(k, key)) return {mid, true};
      less = map_hash_order_less(km, k, kk, key);
    }
    if (less) lo = mid + 1;
    else hi = mid;
  }
  return {lo, false};
}

// Keys in trie order, each order key computed once.
void sort_hash_order(MapPairs& pairs) {
  struct Keyed {
    uint32_t k;
    Term key, value;
  };
  std::vector<Keyed> v(pairs.size());
  for (size_t i = 0; i < pairs.size(); i++) v[i] = {map_order_key(pairs[i].first), pairs[i].first, pairs[i].second};
  std::sort(v.begin(), v.end(), [](const Keyed& x, const Keyed& y) { return map_hash_order_less(x.k, x.key, y.k, y.key); });
  for (size_t i = 0; i < pairs.size(); i++) pairs[i] = {v[i].key, v[i].value};
}

// A map with the header of m's kind and n keys; returns the keys array.
Word* alloc_map(TermAllocator& a, bool hashed, Word n, Word** map) {
  Word* keys = a.alloc(1 + n);
  keys[0] = make_header(Subtag::kTuple, n);
  Word* m = a.alloc(flatmap_words(n));
  m[0] = make_header(hashed ? Subtag::kHashMap : Subtag::kMap, 1 + n);
  m[1] = make_boxed(keys).raw();
  *map = m;
  return keys;
}

}  // namespace

std::optional<Term> map_find(Term m, Term key) {
  Word n = map_size(m);
  if (n <= 8) {  // small maps: a scan beats the search
    const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
    if (is_immed(key)) {
      for (Word i = 0; i < n; i++) {
        if (keys[i] == key.raw()) return map_value(m, i);
      }
      return std::nullopt;
    }
    for (Word i = 0; i < n; i++) {
      if (exact_equal(Term(keys[i]), key)) return map_value(m, i);
    }
    return std::nullopt;
  }
  Slot s = locate(m, key);
  if (!s.found) return std::nullopt;
  return map_value(m, s.index);
}

MapPairs map_pairs(Term m) {
  Word n = map_size(m);
  MapPairs out(n);
  for (Word i = 0; i < n; i++) out[i] = {map_key(m, i), map_value(m, i)};
  return out;
}

// Builds a map from pairs with distinct keys, sorting them for the layout.
static Term build(TermAllocator& a, MapPairs& pairs) {
  size_t n = pairs.size();
  bool hashed = n > kMaxFlatMapKeys;
  if (hashed) {
    sort_hash_order(pairs);
  } else {
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return compare_exact(x.first, y.first) < 0; });
  }
  Word* m;
  Word* keys = alloc_map(a, hashed, n, &m);
  for (size_t i = 0; i < n; i++) {
    keys[1 + i] = pairs[i].first.raw();
    m[2 + i] = pairs[i].second.raw();
  }
  return make_boxed(m);
}

// Removes earlier duplicates (exactly equal keys): the last one wins.
static void dedupe_last_wins(MapPairs& pairs) {
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return compare_exact(x.first, y.first) < 0; });
  MapPairs out;
  for (size_t i = 0; i < pairs.size(); i++) {
    if (i + 1 < pairs.size() && compare_exact(pairs[i].first, pairs[i + 1].first) == 0) continue;
    out.push_back(pairs[i]);
  }
  pairs.swap(out);
}

Term map_from_pairs(TermAllocator& a, MapPairs pairs) {
  dedupe_last_wins(pairs);
  return build(a, pairs);
}

Term map_put_many(TermAllocator& a, Term m, const MapPairs& add) {
  if (add.size() <= 4 && !is_hash_map(m)) {
    // A few keys into a flat map: one ordered insertion each.
    for (const auto& [k, v] : add) m = map_put(a, m, k, v);
    return m;
  }
  if (!is_hash_map(m)) {
    MapPairs pairs = map_pairs(m);
    pairs.insert(pairs.end(), add.begin(), add.end());
    return map_from_pairs(a, std::move(pairs));
  }
  // A hash map: find each new key's place and splice them all in at once.
  MapPairs extra = add;
  dedupe_last_wins(extra);
  sort_hash_order(extra);
  std::vector<Slot> slots(extra.size());
  Word added = 0;
  for (size_t i = 0; i < extra.size(); i++) {
    slots[i] = locate(m, extra[i].first);
    if (!slots[i].found) added++;
  }
  Word n = map_size(m);
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  const Word* vals = boxed_ptr(m) + 2;
  Word* nm;
  Word* nk = alloc_map(a, true, n + added, &nm);
  size_t from = 0, to = 0;  // next old index, next new index
  for (size_t i = 0; i < extra.size(); i++) {
    size_t upto = slots[i].index;
    for (; from < upto; from++, to++) {
      nk[1 + to] = keys[from];
      nm[2 + to] = vals[from];
    }
    nk[1 + to] = extra[i].first.raw();
    nm[2 + to] = extra[i].second.raw();
    to++;
    if (slots[i].found) from++;
  }
  for (; from < n; from++, to++) {
    nk[1 + to] = keys[from];
    nm[2 + to] = vals[from];
  }
  return make_boxed(nm);
}

Term map_put(TermAllocator& a, Term m, Term key, Term value) {
  Word n = map_size(m);
  Slot s = locate(m, key);
  if (s.found) {
    // Replacing a value keeps the keys tuple: copy the value array only.
    if (map_value(m, s.index) == value) return m;
    Word* nm = a.alloc(flatmap_words(n));
    std::copy(boxed_ptr(m), boxed_ptr(m) + flatmap_words(n), nm);
    nm[2 + s.index] = value.raw();
    return make_boxed(nm);
  }
  if (!is_hash_map(m) && n + 1 > kMaxFlatMapKeys) {  // becomes a hash map
    MapPairs pairs = map_pairs(m);
    pairs.push_back({key, value});
    return build(a, pairs);
  }
  // Insert at the key's place; both layouts keep their order.
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  const Word* vals = boxed_ptr(m) + 2;
  Word* nm;
  Word* nk = alloc_map(a, is_hash_map(m), n + 1, &nm);
  std::copy(keys, keys + s.index, nk + 1);
  std::copy(vals, vals + s.index, nm + 2);
  nk[1 + s.index] = key.raw();
  nm[2 + s.index] = value.raw();
  std::copy(keys + s.index, keys + n, nk + 2 + s.index);
  std::copy(vals + s.index, vals + n, nm + 3 + s.index);
  return make_boxed(nm);
}

std::optional<Term> map_update_many(TermAllocator& a, Term m, const MapPairs& upd, Term* bad_key) {
  Word n = map_size(m);
  Word* nm = nullptr;
  for (const auto& [k, v] : upd) {
    Slot s = locate(m, k);
    Word i = s.index;
    if (!s.found) {
      *bad_key = k;
      return std::nullopt;
    }
    if (!nm) {
      nm = a.alloc(flatmap_words(n));
      std::copy(boxed_ptr(m), boxed_ptr(m) + flatmap_words(n), nm);
    }
    nm[2 + i] = v.raw();
  }
  return nm ? make_boxed(nm) : m;
}

Term map_remove(TermAllocator& a, Term m, Term key) {
  Slot s = locate(m, key);
  if (!s.found) return m;
  Word n = map_size(m);
  if (is_hash_map(m) && n - 1 <= kMaxFlatMapKeys) {  // becomes a flat map
    MapPairs out = map_pairs(m);
    out.erase(out.begin() + s.index);
    return build(a, out);
  }
  // Drop the key; both layouts keep their order.
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  const Word* vals = boxed_ptr(m) + 2;
  Word* nm;
  Word* nk = alloc_map(a, is_hash_map(m), n - 1, &nm);
  std::copy(keys, keys + s.index, nk + 1);
  std::copy(vals, vals + s.index, nm + 2);
  std::copy(keys + s.index + 1, keys + n, nk + 1 + s.index);
  std::copy(vals + s.index + 1, vals + n, nm + 2 + s.index);
  return make_boxed(nm);
}

Term empty_map() {
  static Word keys[1] = {make_header(Subtag::kTuple, 0)};
  static Word m[2] = {make_header(Subtag::kMap, 1), 0};
  m[1] = make_boxed(keys).raw();
  return make_boxed(m);
}

}  // namespace openbeam::vm
