// persistent_term: terms stored once, outside every process heap.
//
// Stored terms are deep-copied into an arena per term and never move; get/1
// hands out the stored term itself (literal-like: process GC leaves it).
// Erasing keeps the old arena alive (ERTS delays freeing until no process
// can reference it; here it is simply never freed).
#include <map>
#include <memory>
#include <mutex>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/literal_arena.hpp"
#include "vm/map_ops.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {
struct Less {
  bool operator()(Term a, Term b) const { return compare_exact(a, b) < 0; }
};
struct Store {
  std::mutex mu;
  std::map<Term, Term, Less> terms;
  size_t words = 0;  // of the live keys and values
  std::vector<std::unique_ptr<TermArena>> arenas;  // never freed (see above)
};
Store& store() {
  static Store s;
  return s;
}
}  // namespace

Term persistent_term_put(Process*, Term* a) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  auto old = s.terms.find(a[0]);
  if (old != s.terms.end()) {
    if (exact_equal(old->second, a[1])) return atoms::am_ok;  // erl: nothing happens
    s.words -= flat_size(old->first) + flat_size(old->second);
  }
  s.words += flat_size(a[0]) + flat_size(a[1]);
  auto arena = std::make_unique<TermArena>();
  Term k = copy_term(*arena, a[0]);
  Term v = copy_term(*arena, a[1]);
  s.arenas.push_back(std::move(arena));
  s.terms.erase(k);
  s.terms.emplace(k, v);
  return atoms::am_ok;
}

Term persistent_term_get_1(Process* p, Term* a) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.terms.find(a[0]);
  if (it == s.terms.end()) return badarg(p);
  return it->second;
}

Term persistent_term_get_2(Process*, Term* a) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.terms.find(a[0]);
  return it == s.terms.end() ? a[1] : it->second;
}

Term persistent_term_erase(Process*, Term* a) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.terms.find(a[0]);
  if (it == s.terms.end()) return atoms::am_false;
  s.words -= flat_size(it->first) + flat_size(it->second);
  s.terms.erase(it);
  return atoms::am_true;
}

// get/0: every {Key, Value} (the stored terms themselves, like get/1).
Term persistent_term_get_0(Process* p, Term*) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  Term l = make_nil();
  for (auto it = s.terms.rbegin(); it != s.terms.rend(); ++it) {
    l = make_list_from_cons(p, make_tuple2(p, it->first, it->second), l);
  }
  return l;
}

// info/0: #{count => N, memory => Bytes}. The bytes are this store's own
// count (the stored words plus a three-word entry per term), not ERTS's.
Term persistent_term_info_0(Process* p, Term*) {
  Store& s = store();
  std::lock_guard<std::mutex> lock(s.mu);
  size_t n = s.terms.size();
  int64_t bytes = int64_t((s.words + 3 * n) * sizeof(Word));
  MapPairs pairs = {{atoms::am_count, make_small(int64_t(n))}, {atoms::am_memory, make_small(bytes)}};
  return map_from_pairs(*p, pairs);
}

}  // namespace openbeam::bifs
