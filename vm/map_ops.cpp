#include "vm/map_ops.hpp"

#include <algorithm>

#include "vm/map_hash.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::vm {

std::optional<Term> map_find(Term m, Term key) {
  Word n = map_size(m);
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  if (is_hash_map(m) || n <= 8) {
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
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = compare_exact(Term(keys[mid]), key);
    if (c == 0) return map_value(m, mid);
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return std::nullopt;
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
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return map_hash_order_less(x.first, y.first); });
  } else {
    std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return compare_exact(x.first, y.first) < 0; });
  }
  Word* keys = a.alloc(1 + n);
  keys[0] = make_header(Subtag::kTuple, n);
  Word* m = a.alloc(flatmap_words(n));
  m[0] = make_header(hashed ? Subtag::kHashMap : Subtag::kMap, 1 + n);
  m[1] = make_boxed(keys).raw();
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
  MapPairs pairs = map_pairs(m);
  pairs.insert(pairs.end(), add.begin(), add.end());
  return map_from_pairs(a, std::move(pairs));
}

Term map_put(TermAllocator& a, Term m, Term key, Term value) {
  Word n = map_size(m);
  const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
  // Flat maps: find the key or its insertion point (keys are sorted).
  size_t lo = 0, hi = n;
  bool found = false;
  if (is_hash_map(m)) {
    for (Word i = 0; i < n; i++) {
      if (exact_equal(Term(keys[i]), key)) {
        lo = i;
        found = true;
        break;
      }
    }
  } else {
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      int c = keys[mid] == key.raw() ? 0 : compare_exact(Term(keys[mid]), key);
      if (c == 0) {
        lo = mid;
        found = true;
        break;
      }
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
  }
  if (found) {
    // Replacing a value keeps the keys tuple: copy the value array only.
    if (map_value(m, lo) == value) return m;
    Word* nm = a.alloc(flatmap_words(n));
    std::copy(boxed_ptr(m), boxed_ptr(m) + flatmap_words(n), nm);
    nm[2 + lo] = value.raw();
    return make_boxed(nm);
  }
  if (is_hash_map(m) || n + 1 > kMaxFlatMapKeys) {
    MapPairs pairs = map_pairs(m);
    pairs.push_back({key, value});
    return build(a, pairs);
  }
  // Insert into the flat map at `lo`.
  Word* nk = a.alloc(2 + n);
  nk[0] = make_header(Subtag::kTuple, n + 1);
  Word* nm = a.alloc(flatmap_words(n + 1));
  nm[0] = make_header(Subtag::kMap, 2 + n);
  nm[1] = make_boxed(nk).raw();
  const Word* vals = boxed_ptr(m) + 2;
  for (size_t i = 0, j = 0; i <= n; i++) {
    if (i == lo) {
      nk[1 + i] = key.raw();
      nm[2 + i] = value.raw();
    } else {
      nk[1 + i] = keys[j];
      nm[2 + i] = vals[j];
      j++;
    }
  }
  return make_boxed(nm);
}

std::optional<Term> map_update_many(TermAllocator& a, Term m, const MapPairs& upd, Term* bad_key) {
  Word n = map_size(m);
  Word* nm = nullptr;
  for (const auto& [k, v] : upd) {
    const Word* keys = boxed_ptr(Term(boxed_ptr(m)[1])) + 1;
    Word i = 0;
    while (i < n && !exact_equal(Term(keys[i]), k)) i++;
    if (i == n) {
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
  if (!map_find(m, key)) return m;
  MapPairs pairs = map_pairs(m);
  MapPairs out;
  for (auto& pr : pairs) {
    if (!exact_equal(pr.first, key)) out.push_back(pr);
  }
  return build(a, out);
}

Term empty_map() {
  static Word keys[1] = {make_header(Subtag::kTuple, 0)};
  static Word m[2] = {make_header(Subtag::kMap, 1), 0};
  m[1] = make_boxed(keys).raw();
  return make_boxed(m);
}

}  // namespace openbeam::vm
