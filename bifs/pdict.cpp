// The process dictionary.
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::bifs {

using namespace vm;

static std::vector<std::pair<Term, Term>>::iterator find_key(Process* p, Term k) {
  auto it = p->dict.begin();
  for (; it != p->dict.end(); ++it) {
    if (it->first == k || exact_equal(it->first, k)) break;
  }
  return it;
}

Term erl_put(Process* p, Term* a) {
  auto it = find_key(p, a[0]);
  if (it == p->dict.end()) {
    p->dict.push_back({a[0], a[1]});
    return atoms::am_undefined;
  }
  Term old = it->second;
  it->second = a[1];
  return old;
}

Term erl_get_1(Process* p, Term* a) {
  auto it = find_key(p, a[0]);
  return it == p->dict.end() ? atoms::am_undefined : it->second;
}

Term erl_get_0(Process* p, Term*) {
  Term l = make_nil();
  for (auto it = p->dict.rbegin(); it != p->dict.rend(); ++it) {
    l = make_list_from_cons(p, make_tuple2(p, it->first, it->second), l);
  }
  return l;
}

Term erl_erase_1(Process* p, Term* a) {
  auto it = find_key(p, a[0]);
  if (it == p->dict.end()) return atoms::am_undefined;
  Term old = it->second;
  p->dict.erase(it);
  return old;
}

Term erl_erase_0(Process* p, Term* a) {
  Term l = erl_get_0(p, a);
  p->dict.clear();
  return l;
}

Term erl_get_keys_0(Process* p, Term*) {
  Term l = make_nil();
  for (auto it = p->dict.rbegin(); it != p->dict.rend(); ++it) l = make_list_from_cons(p, it->first, l);
  return l;
}

Term erl_get_keys_1(Process* p, Term* a) {
  Term l = make_nil();
  for (auto it = p->dict.rbegin(); it != p->dict.rend(); ++it) {
    if (exact_equal(it->second, a[0])) l = make_list_from_cons(p, it->first, l);
  }
  return l;
}

}  // namespace openbeam::bifs
