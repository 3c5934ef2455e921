// ordered_set tables: a balanced search tree (std::map, a red-black tree) in
// erl's term order, keys compared with == (1 and 1.0 are the same key).
//
// A partially bound key pattern ({a, '_'}, [1, 2 | '$1'], ...) selects a
// contiguous run of keys: the scan starts at the first key not below the
// pattern with its variables read as "smaller than everything" and stops
// after the last key not above it with variables read as "greater than
// everything" — tree order, no full scan.
#include <map>

#include "bifs/ets/ets_table.hpp"
#include "bifs/ets/match_spec.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::ets {

using namespace vm;

namespace {

// Compares `key` with a key pattern whose variables count as -infinity
// (var_sign -1) or +infinity (var_sign +1).
int compare_bound(Term key, Term pat, int var_sign) {
  if (is_match_var(pat)) return -var_sign;
  if (is_tuple(key) && is_tuple(pat) && tuple_arity(key) == tuple_arity(pat)) {
    for (Word i = 1; i <= tuple_arity(key); i++) {
      int c = compare_bound(tuple_element(key, i), tuple_element(pat, i), var_sign);
      if (c) return c;
    }
    return 0;
  }
  while (is_list(key) && is_list(pat)) {
    int c = compare_bound(car(key), car(pat), var_sign);
    if (c) return c;
    key = cdr(key);
    pat = cdr(pat);
    if (is_match_var(pat)) return -var_sign;
  }
  return compare(key, pat);
}

// Key patterns nested deeper than this are scanned in full (compare_bound
// recurses on nesting; the match itself still filters exactly).
constexpr int kMaxBoundDepth = 100;

int nesting_depth(Term t, int limit) {
  int depth = 0;
  std::vector<std::pair<Term, int>> stack{{t, 0}};
  while (!stack.empty()) {
    auto [x, d] = stack.back();
    stack.pop_back();
    if (d > depth) depth = d;
    if (depth > limit) return depth;
    if (is_tuple(x)) {
      for (Word i = 1; i <= tuple_arity(x); i++) stack.push_back({tuple_element(x, i), d + 1});
    } else if (is_list(x)) {
      for (; is_list(x); x = cdr(x)) stack.push_back({car(x), d + 1});
    }
  }
  return depth;
}

struct Bound {
  Term pat;
  int var_sign;
};

struct Less {
  using is_transparent = void;
  bool operator()(Term a, Term b) const { return compare(a, b) < 0; }
  bool operator()(Term a, const Bound& b) const { return compare_bound(a, b.pat, b.var_sign) < 0; }
  bool operator()(const Bound& a, Term b) const { return compare_bound(b, a.pat, a.var_sign) > 0; }
};

class TreeStore final : public Store {
 public:
  explicit TreeStore(unsigned keypos) : keypos_(keypos) {}
  ~TreeStore() override { clear(); }

  size_t size() const override { return tree_.size(); }
  size_t memory_words() const override { return words_ + tree_.size(); }  // ERTS: 5 words a node

  void lookup(Term key, std::vector<Obj*>& out) const override {
    auto it = tree_.find(key);
    if (it != tree_.end()) out.push_back(it->second);
  }
  bool member(Term key) const override { return tree_.count(key) > 0; }

  void insert(Obj* o) override {
    Term key = o->element(keypos_);
    auto it = tree_.find(key);
    if (it == tree_.end()) {
      tree_.emplace(key, o);
    } else {
      // The map's key points into the old object: re-insert with the new one.
      Obj* old = it->second;
      auto hint = tree_.erase(it);
      tree_.emplace_hint(hint, key, o);
      free(old);
    }
    words_ += o->nwords + 4;
  }

  size_t erase_key(Term key) override {
    auto it = tree_.find(key);
    if (it == tree_.end()) return 0;
    Obj* o = it->second;
    tree_.erase(it);
    free(o);
    return 1;
  }

  size_t erase_object(Term key, Term object) override {
    auto it = tree_.find(key);
    if (it == tree_.end() || !exact_equal(it->second->term, object)) return 0;
    return erase_key(key);
  }

  void erase_objs(const std::vector<Obj*>& objs) override {
    for (Obj* o : objs) erase_key(o->element(keypos_));
  }

  void replace(Obj* old, Obj* repl) override {
    auto it = tree_.find(old->element(keypos_));
    auto hint = tree_.erase(it);
    tree_.emplace_hint(hint, repl->element(keypos_), repl);
    free(old);
    words_ += repl->nwords + 4;
  }

  void clear() override {
    for (auto& [k, o] : tree_) obj_free(o);
    tree_.clear();
    words_ = 0;
  }

  void for_each(const std::function<bool(Obj*)>& f, bool reverse) const override {
    if (!reverse) {
      for (auto& [k, o] : tree_) {
        if (!f(o)) return;
      }
    } else {
      for (auto it = tree_.rbegin(); it != tree_.rend(); ++it) {
        if (!f(it->second)) return;
      }
    }
  }

  bool first_key(Term* key) const override {
    if (tree_.empty()) return false;
    *key = tree_.begin()->first;
    return true;
  }
  bool last_key(Term* key) const override {
    if (tree_.empty()) return false;
    *key = tree_.rbegin()->first;
    return true;
  }
  bool next_key(Term key, Term* next, bool* found) const override {
    *found = true;  // any term has a successor in the term order
    auto it = tree_.upper_bound(key);
    if (it == tree_.end()) return false;
    *next = it->first;
    return true;
  }
  bool prev_key(Term key, Term* prev, bool* found) const override {
    *found = true;
    auto it = tree_.lower_bound(key);
    if (it == tree_.begin()) return false;
    *prev = std::prev(it)->first;
    return true;
  }
  // ERTS numbers an ordered_set's objects in key order for slot/2.
  bool slot(size_t i, std::vector<Obj*>& out) const override {
    if (i >= tree_.size()) return false;
    auto it = tree_.begin();
    std::advance(it, i);
    out.assign(1, it->second);
    return true;
  }
  size_t slot_count() const override { return tree_.size(); }
  void set_fixed(bool) override {}

  void scan_keys(Term pat, Term after, bool reverse, const KeyVisitor& f) const override {
    bool bounded = pat != kNonValue && !is_match_var(pat) && nesting_depth(pat, kMaxBoundDepth) <= kMaxBoundDepth;
    if (!reverse) {
      // Start at the later of "after `after`" and "the pattern's lower bound".
      auto it = after != kNonValue ? tree_.upper_bound(after) : tree_.begin();
      if (bounded) {
        auto lo = tree_.lower_bound(Bound{pat, -1});
        if (lo == tree_.end() || it == tree_.end() || compare(lo->first, it->first) > 0) it = lo;
      }
      for (; it != tree_.end(); ++it) {
        if (bounded && compare_bound(it->first, pat, +1) > 0) return;
        if (!f(it->second)) return;
      }
    } else {
      // Walk down from the earlier of "before `after`" and "above the upper bound".
      auto it = after != kNonValue ? tree_.lower_bound(after) : tree_.end();
      if (bounded) {
        auto hi = tree_.upper_bound(Bound{pat, +1});
        if (hi != tree_.end() && (it == tree_.end() || compare(hi->first, it->first) < 0)) it = hi;
      }
      while (it != tree_.begin()) {
        --it;
        if (bounded && compare_bound(it->first, pat, -1) < 0) return;
        if (!f(it->second)) return;
      }
    }
  }

 private:
  void free(Obj* o) {
    words_ -= o->nwords + 4;
    obj_free(o);
  }

  unsigned keypos_;
  std::map<Term, Obj*, Less> tree_;
  size_t words_ = 0;
};

}  // namespace

std::unique_ptr<Store> make_tree_store(unsigned keypos) { return std::make_unique<TreeStore>(keypos); }

}  // namespace openbeam::ets
