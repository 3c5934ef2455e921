// List BIFs: erlang:hd/tl/length/'++'/'--' and the native lists functions.
#include <algorithm>
#include <vector>

#include "bifs/bifs.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_hd(Process* p, Term* a) {
  if (!is_list(a[0])) return badarg(p);
  return car(a[0]);
}

Term erl_tl(Process* p, Term* a) {
  if (!is_list(a[0])) return badarg(p);
  return cdr(a[0]);
}

Term erl_length(Process* p, Term* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return badarg(p);
  return make_small(n);
}

// Copies the proper list `l` (length n) in front of `tail`.
static Term copy_onto(Process* p, Term l, int64_t n, Term tail) {
  if (n == 0) return tail;
  Word* hp = p->alloc(2 * size_t(n));
  Word* c = hp;
  for (; is_list(l); l = cdr(l), c += 2) {
    c[0] = car(l).raw();
    c[1] = make_list(c + 2).raw();
  }
  c[-1] = tail.raw();
  return make_list(hp);
}

Term erl_append(Process* p, Term* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return badarg(p);
  charge_reductions(p, size_t(n), kCellsPerReduction);
  return copy_onto(p, a[0], n, a[1]);
}

Term erl_subtract(Process* p, Term* a) {
  int64_t n = list_length(a[0]), m = list_length(a[1]);
  if (n < 0 || m < 0) return badarg(p);
  if (m == 0) return a[0];
  charge_reductions(p, size_t(n + m), kCellsPerReduction);
  std::vector<Term> keep;
  keep.reserve(size_t(n));
  if (m <= 16) {
    std::vector<Term> rm;
    for (Term l = a[1]; is_list(l); l = cdr(l)) rm.push_back(car(l));
    for (Term l = a[0]; is_list(l); l = cdr(l)) {
      Term x = car(l);
      auto it = std::find_if(rm.begin(), rm.end(), [&](Term r) { return exact_equal(r, x); });
      if (it != rm.end()) rm.erase(it);
      else keep.push_back(x);
    }
  } else {
    // A sorted multiset of the elements to remove: O((n + m) log m).
    std::vector<std::pair<Term, int64_t>> rm;
    for (Term l = a[1]; is_list(l); l = cdr(l)) rm.push_back({car(l), 1});
    auto less = [](const std::pair<Term, int64_t>& x, const std::pair<Term, int64_t>& y) {
      return compare_exact(x.first, y.first) < 0;
    };
    std::sort(rm.begin(), rm.end(), less);
    std::vector<std::pair<Term, int64_t>> counts;
    for (auto& e : rm) {
      if (!counts.empty() && compare_exact(counts.back().first, e.first) == 0) counts.back().second++;
      else counts.push_back(e);
    }
    for (Term l = a[0]; is_list(l); l = cdr(l)) {
      Term x = car(l);
      auto it = std::lower_bound(counts.begin(), counts.end(), std::make_pair(x, int64_t(0)), less);
      if (it != counts.end() && it->second > 0 && compare_exact(it->first, x) == 0) it->second--;
      else keep.push_back(x);
    }
  }
  return make_list_from(p, keep.data(), keep.size());
}

Term lists_reverse_2(Process* p, Term* a) {
  int64_t n = list_length(a[0]);
  if (n < 0) return badarg(p);
  charge_reductions(p, size_t(n), kCellsPerReduction);
  Term r = a[1];
  Word* hp = p->alloc(2 * size_t(n));
  for (Term l = a[0]; is_list(l); l = cdr(l), hp += 2) {
    hp[0] = car(l).raw();
    hp[1] = r.raw();
    r = make_list(hp);
  }
  return r;
}

Term lists_member_2(Process* p, Term* a) {
  Term l = a[1];
  size_t cells = 0;
  for (; is_list(l); l = cdr(l), cells++) {
    if (exact_equal(car(l), a[0])) {
      charge_reductions(p, cells, kCellsPerReduction);
      return make_bool(true);
    }
  }
  if (!is_nil(l)) return badarg(p);
  charge_reductions(p, cells, kCellsPerReduction);
  return make_bool(false);
}

// The first tuple in `list` whose element `pos` compares == to `key`;
// kNonValue with badarg raised for bad arguments, nil if none.
static Term keyfind(Process* p, Term key, Term pos, Term list, bool* found) {
  *found = false;
  if (!is_small(pos) || small_value(pos) < 1) return badarg(p);
  Word n = Word(small_value(pos));
  Term l = list;
  size_t cells = 0;
  for (; is_list(l); l = cdr(l), cells++) {
    Term t = car(l);
    if (is_tuple(t) && tuple_arity(t) >= n && compare(tuple_element(t, n), key) == 0) {
      *found = true;
      charge_reductions(p, cells, kCellsPerReduction);
      return t;
    }
  }
  if (!is_nil(l)) return badarg(p);
  charge_reductions(p, cells, kCellsPerReduction);
  return make_nil();
}

Term lists_keyfind_3(Process* p, Term* a) {
  bool found;
  Term t = keyfind(p, a[0], a[1], a[2], &found);
  if (t == kNonValue) return t;
  return found ? t : make_bool(false);
}

Term lists_keymember_3(Process* p, Term* a) {
  bool found;
  Term t = keyfind(p, a[0], a[1], a[2], &found);
  if (t == kNonValue) return t;
  return make_bool(found);
}

Term lists_keysearch_3(Process* p, Term* a) {
  bool found;
  Term t = keyfind(p, a[0], a[1], a[2], &found);
  if (t == kNonValue) return t;
  return found ? make_tuple2(p, atoms::am_value, t) : make_bool(false);
}

}  // namespace openbeam::bifs
