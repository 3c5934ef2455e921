// Map BIFs (erlang:map_* and the native maps functions).
#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/map_ops.hpp"

namespace openbeam::bifs {

using namespace vm;

static Term badmap(Process* p, Term m) { return raise_error(p, make_tuple2(p, atoms::am_badmap, m)); }
static Term badkey(Process* p, Term k) { return raise_error(p, make_tuple2(p, atoms::am_badkey, k)); }

Term erl_map_size(Process* p, Term* a) {
  if (!is_map(a[0])) return badmap(p, a[0]);
  return make_small(int64_t(map_size(a[0])));
}

Term erl_is_map_key(Process* p, Term* a) {
  if (!is_map(a[1])) return badmap(p, a[1]);
  return make_bool(map_find(a[1], a[0]).has_value());
}

Term erl_map_get(Process* p, Term* a) {
  if (!is_map(a[1])) return badmap(p, a[1]);
  auto v = map_find(a[1], a[0]);
  if (!v) return badkey(p, a[0]);
  return *v;
}

Term maps_get_2(Process* p, Term* a) { return erl_map_get(p, a); }
Term maps_is_key_2(Process* p, Term* a) { return erl_is_map_key(p, a); }

Term maps_find_2(Process* p, Term* a) {
  if (!is_map(a[1])) return badmap(p, a[1]);
  auto v = map_find(a[1], a[0]);
  if (!v) return atoms::am_error;
  return make_tuple2(p, atoms::am_ok, *v);
}

Term maps_put_3(Process* p, Term* a) {
  if (!is_map(a[2])) return badmap(p, a[2]);
  return map_put(*p, a[2], a[0], a[1]);
}

Term maps_update_3(Process* p, Term* a) {
  if (!is_map(a[2])) return badmap(p, a[2]);
  Term bad;
  auto r = map_update_many(*p, a[2], MapPairs{{a[0], a[1]}}, &bad);
  if (!r) return badkey(p, bad);
  return *r;
}

Term maps_remove_2(Process* p, Term* a) {
  if (!is_map(a[1])) return badmap(p, a[1]);
  return map_remove(*p, a[1], a[0]);
}

Term maps_take_2(Process* p, Term* a) {
  if (!is_map(a[1])) return badmap(p, a[1]);
  auto v = map_find(a[1], a[0]);
  if (!v) return atoms::am_error;
  return make_tuple2(p, *v, map_remove(*p, a[1], a[0]));
}

Term maps_from_list_1(Process* p, Term* a) {
  MapPairs pairs;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) {
    Term t = car(l);
    if (!is_tuple(t) || tuple_arity(t) != 2) return badarg(p);
    pairs.push_back({tuple_element(t, 1), tuple_element(t, 2)});
  }
  if (!is_nil(l)) return badarg(p);
  return map_from_pairs(*p, std::move(pairs));
}

Term maps_from_keys_2(Process* p, Term* a) {
  MapPairs pairs;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) pairs.push_back({car(l), a[1]});
  if (!is_nil(l)) return badarg(p);
  return map_from_pairs(*p, std::move(pairs));
}

Term maps_keys_1(Process* p, Term* a) {
  if (!is_map(a[0])) return badmap(p, a[0]);
  // Hash maps list their keys in reverse iteration order (ERTS conses
  // them while walking the trie); flat maps in key order.
  Word n = map_size(a[0]);
  bool rev = is_hash_map(a[0]);
  std::vector<Term> ks(n);
  for (Word i = 0; i < n; i++) ks[rev ? n - 1 - i : i] = map_key(a[0], i);
  return make_list_from(p, ks.data(), n);
}

Term maps_values_1(Process* p, Term* a) {
  if (!is_map(a[0])) return badmap(p, a[0]);
  Word n = map_size(a[0]);
  bool rev = is_hash_map(a[0]);
  std::vector<Term> vs(n);
  for (Word i = 0; i < n; i++) vs[rev ? n - 1 - i : i] = map_value(a[0], i);
  return make_list_from(p, vs.data(), n);
}

Term maps_merge_2(Process* p, Term* a) {
  if (!is_map(a[0])) return badmap(p, a[0]);
  if (!is_map(a[1])) return badmap(p, a[1]);
  return map_put_many(*p, a[0], map_pairs(a[1]));
}

// erts_internal:map_next(Iter, Map, Acc | iterator): the whole map at once.
Term erts_internal_map_next_3(Process* p, Term* a) {
  if (!is_map(a[1]) || !is_small(a[0])) return badarg(p);
  Word n = map_size(a[1]);
  int64_t start = small_value(a[0]);
  if (start < 0 || Word(start) > n) return badarg(p);
  if (a[2] == atoms::am_iterator) {
    Term res = atoms::am_none;
    for (Word i = n; i > Word(start); i--) res = make_tuple3(p, map_key(a[1], i - 1), map_value(a[1], i - 1), res);
    return res;
  }
  if (!is_list(a[2]) && !is_nil(a[2])) return badarg(p);
  // List mode: flat maps in key order, hash maps in reverse iteration order.
  Term res = a[2];
  bool rev = is_hash_map(a[1]);
  for (Word k = n; k > Word(start); k--) {
    Word i = rev ? n - k + Word(start) : k - 1;
    res = make_list_from_cons(p, make_tuple2(p, map_key(a[1], i), map_value(a[1], i)), res);
  }
  return res;
}

}  // namespace openbeam::bifs
