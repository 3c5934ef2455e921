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
  return make_bool(s.terms.erase(a[0]) > 0);
}

}  // namespace openbeam::bifs
