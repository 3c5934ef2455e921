// ETS table administration: new, delete, info, whereis, rename, give_away,
// setopts, safe_fixtable, delete_all_objects.
#include "bifs/ets/ets_common.hpp"
#include "vm/number.hpp"
#include "vm/copy.hpp"
#include "vm/unique.hpp"

#include <sched.h>
#include <unistd.h>

#include <algorithm>

namespace openbeam::bifs {

using namespace vm;
using namespace ets;

namespace {

Term type_atom(TableType t) {
  switch (t) {
    case TableType::kSet: return atoms::am_set;
    case TableType::kOrderedSet: return atoms::am_ordered_set;
    case TableType::kBag: return atoms::am_bag;
    case TableType::kDuplicateBag: return atoms::am_duplicate_bag;
  }
  return atoms::am_set;
}
Term access_atom(Access a) {
  switch (a) {
    case Access::kPublic: return atoms::am_public;
    case Access::kProtected: return atoms::am_protected;
    case Access::kPrivate: return atoms::am_private;
  }
  return atoms::am_protected;
}
bool is_bool(Term t) { return t == atoms::am_true || t == atoms::am_false; }

// {heir, Pid, Data} / {heir, none}: sets the table's heir; false if malformed.
bool set_heir(Table& t, Term opt) {
  Word n = tuple_arity(opt);
  if (n == 2 && tuple_element(opt, 2) == atoms::am_none) {
    t.heir = atoms::am_none;
    obj_free(t.heir_data);
    t.heir_data = nullptr;
    return true;
  }
  if (n != 3 || !is_local_pid(tuple_element(opt, 2))) return false;
  t.heir = tuple_element(opt, 2);
  obj_free(t.heir_data);
  Word box[2] = {make_header(Subtag::kTuple, 1), tuple_element(opt, 3).raw()};
  t.heir_data = obj_create(make_boxed(box));
  return true;
}

// Words of reader bookkeeping ERTS adds to each read_concurrency lock: one
// 64-byte array per reader group, plus two; a reader group per scheduler
// (erl's default: one per CPU) when there are at least two. (With a single
// scheduler erl's tables have no locks at all.)
size_t frequent_read_lock_words() {
  static const size_t words = [] {
    long conf = sysconf(_SC_NPROCESSORS_CONF);
    cpu_set_t set;
    long avail = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : sysconf(_SC_NPROCESSORS_ONLN);
    long threads = std::min(conf, avail);
    if (threads <= 1) return size_t(0);
    size_t arrays = size_t(std::min(threads, 64L)) + 1;
    return 8 * (arrays + 1);
  }();
  return words;
}

// ets:info(T, memory) without the objects: erl's table structure (with its
// first 256 buckets, or the tree root), plus 64 locks for write_concurrency
// hash tables (ordered_set then uses a smaller contention-adapting tree).
// Decentralized counters take 34 words more, each fixing process 9;
// read_concurrency adds reader bookkeeping to the table lock (to each of
// the 64 locks of a write_concurrency hash table, to the tree's base node).
size_t table_words(const Table& t) {
  bool fine = t.write_concurrency != atoms::am_false;
  bool hash = t.type != TableType::kOrderedSet;
  size_t w = hash ? (fine ? 305 + 1056 : 305) : (fine ? 99 : 139);
  if (t.decentralized_counters) w += 34;
  if (t.read_concurrency) w += (hash && fine ? 64 : 1) * frequent_read_lock_words();
  return w + 9 * t.fixers.size();
}

// ets:info(T, stats): hash tables {Buckets, AvgChain, StdDev, ExpectedStdDev,
// MinChain, MaxChain, KeptDeleted, Locks}; erl's write_concurrency
// ordered_set {RouteNodes, BaseNodes, MaxDepth} (one base node: this tree
// never splits, as erl's does not without contention); else false.
Term stats_item(Process* p, const Table& t) {
  Store::HashStats st;
  if (t.store->hash_stats(&st)) {
    Term items[8] = {make_small(int64_t(st.nactive)), make_float(*p, st.avg), make_float(*p, st.std_dev),
                     make_float(*p, st.std_dev_expected), make_small(st.min_chain), make_small(st.max_chain),
                     make_small(st.kept), make_small(int64_t(st.nlocks))};
    Word* hp = p->alloc(9);
    hp[0] = make_header(Subtag::kTuple, 8);
    for (int i = 0; i < 8; i++) hp[1 + i] = items[i].raw();
    return make_boxed(hp);
  }
  if (t.write_concurrency != atoms::am_false) {
    Word* hp = p->alloc(4);
    hp[0] = make_header(Subtag::kTuple, 3);
    hp[1] = make_small(0).raw();
    hp[2] = make_small(1).raw();
    hp[3] = make_small(0).raw();
    return make_boxed(hp);
  }
  return atoms::am_false;
}

Term info_item(Process* p, Table& t, Term item) {
  if (item == atoms::am_id) return make_local_ref(p->alloc(kLocalRefWords), t.ref);
  if (item == atoms::am_name) return t.name;
  if (item == atoms::am_named_table) return make_bool(t.named);
  if (item == atoms::am_type) return type_atom(t.type);
  if (item == atoms::am_keypos) return make_small(t.keypos);
  if (item == atoms::am_protection) return access_atom(t.access);
  if (item == atoms::am_owner) return t.owner;
  if (item == atoms::am_heir) return t.heir;
  if (item == atoms::am_size) return make_small(int64_t(t.store->size()));
  if (item == atoms::am_memory) return make_small(int64_t(t.store->memory_words() + table_words(t)));
  if (item == atoms::am_node) return atoms::am_nonode_nohost;
  if (item == atoms::am_stats) return stats_item(p, t);
  if (item == atoms::am_compressed) return make_bool(t.compressed);
  if (item == atoms::am_read_concurrency) return make_bool(t.read_concurrency);
  if (item == atoms::am_write_concurrency) return t.write_concurrency;
  if (item == atoms::am_decentralized_counters) return make_bool(t.decentralized_counters);
  if (item == atoms::am_fixed) return make_bool(!t.fixers.empty());
  if (item == atoms::am_safe_fixed || item == atoms::am_safe_fixed_monotonic_time) {
    if (t.fixers.empty()) return atoms::am_false;
    std::vector<Term> pairs;
    for (auto& [pid, n] : t.fixers) pairs.push_back(make_tuple2(p, pid, make_small(n)));
    Term when = make_small(t.fix_time_ns);
    if (item == atoms::am_safe_fixed) {  // {MegaSecs, Secs, MicroSecs}
      int64_t us = t.fix_time_ns / 1000;
      when = make_tuple3(p, make_small(us / 1000000000000), make_small(us / 1000000 % 1000000),
                         make_small(us % 1000000));
    }
    return make_tuple2(p, when, make_list_of(p, pairs.data(), pairs.size()));
  }
  return kNonValue;
}

}  // namespace

// ---- lookup helpers (ets_common.hpp) --------------------------------------------
}  // namespace openbeam::bifs

namespace openbeam::ets {

TablePtr table_for(Process* p, Term id, Need need) {
  if (!vm::is_atom(id) && !vm::is_local_ref(id)) {
    ets_badarg(p, vm::atoms::am_type);
    return nullptr;
  }
  TablePtr t = find_table(id);
  if (!t) {
    ets_badarg(p, vm::atoms::am_id);
    return nullptr;
  }
  bool owner = t->owner == p->pid;
  bool ok = owner || t->access == Access::kPublic || (t->access == Access::kProtected && need == Need::kRead);
  if (!ok) {
    ets_badarg(p, vm::atoms::am_access);
    return nullptr;
  }
  return t;
}

Term table_id_term(Process* p, const Table& t) {
  if (t.named) return t.name;
  return vm::make_local_ref(p->alloc(vm::kLocalRefWords), t.ref);
}

}  // namespace openbeam::ets

namespace openbeam::bifs {

Term ets_new_2(Process* p, Term* a) {
  Term name = a[0];
  if (!is_atom(name) || list_length(a[1]) < 0) return badarg(p);
  auto t = std::make_shared<Table>();
  t->name = name;
  t->owner = p->pid;
  t->heir = atoms::am_none;
  // ERTS's rules: `set` and `protected` change nothing (so [bag, set] is a
  // bag); write_concurrency (true/auto) and read_concurrency take effect
  // only for non-private tables; counters are decentralized only when
  // write_concurrency takes effect, by default for ordered_set and auto.
  Term wc = atoms::am_false;
  bool rc = false, dc = false;
  int dc_option = -1;
  for (Term l = a[1]; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (o == atoms::am_bag) t->type = TableType::kBag;
    else if (o == atoms::am_duplicate_bag) t->type = TableType::kDuplicateBag;
    else if (o == atoms::am_ordered_set) t->type = TableType::kOrderedSet, dc = true;
    else if (o == atoms::am_public) t->access = Access::kPublic;
    else if (o == atoms::am_private) t->access = Access::kPrivate;
    else if (o == atoms::am_named_table) t->named = true;
    else if (o == atoms::am_compressed) t->compressed = true;
    else if (o == atoms::am_set || o == atoms::am_protected) continue;
    else if (is_tuple(o) && tuple_arity(o) == 2) {
      Term k = tuple_element(o, 1), v = tuple_element(o, 2);
      if (k == atoms::am_keypos && is_small(v) && small_value(v) >= 1 && small_value(v) < (1 << 24)) {
        t->keypos = unsigned(small_value(v));
      } else if (k == atoms::am_write_concurrency && (is_bool(v) || v == atoms::am_auto)) {
        wc = v;
        if (v == atoms::am_auto) dc = true;
        if (v == atoms::am_true && t->type != TableType::kOrderedSet) dc = false;
      } else if (k == atoms::am_read_concurrency && is_bool(v)) {
        rc = v == atoms::am_true;
      } else if (k == atoms::am_heir && v == atoms::am_none) {
        set_heir(*t, o);
      } else if (k == atoms::am_decentralized_counters && is_bool(v)) {
        dc_option = v == atoms::am_true;
      } else {
        return badarg(p);
      }
    } else if (is_tuple(o) && tuple_arity(o) == 3 && tuple_element(o, 1) == atoms::am_heir &&
               is_local_pid(tuple_element(o, 2))) {
      set_heir(*t, o);
    } else {
      return badarg(p);
    }
  }
  if (dc_option != -1) dc = dc_option;
  bool fine_locked = wc != atoms::am_false && t->access != Access::kPrivate;
  t->write_concurrency = fine_locked ? wc : atoms::am_false;
  t->read_concurrency = rc && t->access != Access::kPrivate;
  t->decentralized_counters = fine_locked && dc;
  t->ref = next_ref_numbers();
  t->store = t->type == TableType::kOrderedSet
                 ? make_tree_store(t->keypos)
                 : make_hash_store(t->type, t->keypos, fine_locked ? 64 : 1, t->decentralized_counters);
  if (!register_table(t)) return ets_badarg(p, atoms::am_already_exists);
  return table_id_term(p, *t);
}

Term ets_delete_1(Process* p, Term* a) {
  TablePtr t = table_for(p, a[0], Need::kWrite);
  if (!t) return kNonValue;
  unregister_table(t);
  std::unique_lock lock(t->lock);
  t->store->clear();
  return atoms::am_true;
}

Term ets_internal_delete_all_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    size_t n = t.store->size();
    t.store->clear();
    return make_small(int64_t(n));
  });
}

Term ets_info_1(Process* p, Term* a) {
  if (!is_atom(a[0]) && !is_local_ref(a[0])) return ets_badarg(p, atoms::am_type);
  TablePtr t = find_table(a[0]);
  if (!t) return atoms::am_undefined;
  std::shared_lock lock(t->lock);
  if (t->dead.load()) return atoms::am_undefined;
  static const Term kItems[] = {atoms::am_id, atoms::am_decentralized_counters, atoms::am_read_concurrency,
                                atoms::am_write_concurrency, atoms::am_compressed, atoms::am_memory,
                                atoms::am_owner, atoms::am_heir, atoms::am_name, atoms::am_size,
                                atoms::am_node, atoms::am_named_table, atoms::am_type, atoms::am_keypos,
                                atoms::am_protection};
  std::vector<Term> items;
  for (Term item : kItems) items.push_back(make_tuple2(p, item, info_item(p, *t, item)));
  return make_list_of(p, items.data(), items.size());
}

Term ets_info_2(Process* p, Term* a) {
  if (!is_atom(a[0]) && !is_local_ref(a[0])) return ets_badarg(p, atoms::am_type);
  TablePtr t = find_table(a[0]);
  if (!t) return is_atom(a[1]) ? atoms::am_undefined : badarg(p);
  std::shared_lock lock(t->lock);
  if (t->dead.load()) return atoms::am_undefined;
  Term v = info_item(p, *t, a[1]);
  return v == kNonValue ? badarg(p) : v;
}

Term ets_whereis_1(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  TablePtr t = find_table(a[0]);
  if (!t) return atoms::am_undefined;
  return make_local_ref(p->alloc(kLocalRefWords), t->ref);
}

Term ets_rename_2(Process* p, Term* a) {
  if (!is_atom(a[1])) return badarg(p);
  TablePtr t = table_for(p, a[0], Need::kWrite);
  if (!t) return kNonValue;
  if (!rename_table(t, a[1])) return badarg(p);  // erl gives no cause here
  return table_id_term(p, *t);  // the new name, or the tid of an unnamed table
}

Term ets_give_away_3(Process* p, Term* a) {
  TablePtr t = find_table(a[0]);
  if (!t) return ets_badarg(p, atoms::am_id);
  if (!is_local_pid(a[1])) return badarg(p);
  std::unique_lock lock(t->lock);
  if (t->owner != p->pid) return ets_badarg(p, atoms::am_not_owner);
  if (a[1] == p->pid) return ets_badarg(p, atoms::am_owner);
  EtsTransferSender send = ets_transfer_sender();
  Word tid_words[kLocalRefWords];
  Term tid = t->named ? t->name : make_local_ref(tid_words, t->ref);
  if (!send || !send(a[1], tid, p->pid, a[2])) return badarg(p);
  t->owner = a[1];
  return atoms::am_true;
}

Term ets_setopts_2(Process* p, Term* a) {
  Term opts = a[1];
  if (is_tuple(opts)) opts = make_list_from_cons(p, opts, make_nil());
  if (list_length(opts) < 0) return badarg(p);
  TablePtr t = find_table(a[0]);
  if (!t) return ets_badarg(p, atoms::am_id);
  std::unique_lock lock(t->lock);
  // Not the owner: erl names the cause only when the caller cannot even
  // read the table.
  if (t->owner != p->pid) return t->access == Access::kPublic ? badarg(p) : ets_badarg(p, atoms::am_access);
  // Validate everything before changing anything; each option at most once.
  bool seen_heir = false, seen_protection = false;
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (!is_tuple(o) || tuple_arity(o) < 2) return badarg(p);
    bool& seen = tuple_element(o, 1) == atoms::am_heir ? seen_heir : seen_protection;
    if (seen) return badarg(p);
    seen = true;
    Term k = tuple_element(o, 1), v = tuple_element(o, 2);
    bool ok = (k == atoms::am_heir && tuple_arity(o) == 2 && v == atoms::am_none) ||
              (k == atoms::am_heir && tuple_arity(o) == 3 && is_local_pid(v)) ||
              (k == atoms::am_protection && tuple_arity(o) == 2 &&
               (v == atoms::am_public || v == atoms::am_protected || v == atoms::am_private));
    if (!ok) return badarg(p);
  }
  for (Term l = opts; is_list(l); l = cdr(l)) {
    Term o = car(l);
    if (tuple_element(o, 1) == atoms::am_heir) {
      set_heir(*t, o);
    } else {
      Term v = tuple_element(o, 2);
      t->access = v == atoms::am_public ? Access::kPublic : v == atoms::am_protected ? Access::kProtected
                                                                                      : Access::kPrivate;
    }
  }
  return atoms::am_true;
}

Term ets_safe_fixtable_2(Process* p, Term* a) {
  TablePtr t = table_for(p, a[0], Need::kRead);
  if (!t) return kNonValue;
  if (a[1] != atoms::am_true && a[1] != atoms::am_false) return badarg(p);
  // Fixation changes only bookkeeping, but under the write lock.
  std::unique_lock lock(t->lock);
  if (t->dead.load()) return ets_badarg(p, atoms::am_id);
  auto it = t->fixers.begin();
  while (it != t->fixers.end() && it->first != p->pid) ++it;
  if (a[1] == atoms::am_true) {
    if (t->fixers.empty()) {
      Term now = erl_monotonic_time_0(p, nullptr);
      t->fix_time_ns = is_small(now) ? small_value(now) : 0;
      t->store->set_fixed(true);
    }
    if (it == t->fixers.end()) {
      t->fixers.insert(t->fixers.begin(), {p->pid, 1});
    } else {
      it->second++;
    }
  } else if (it != t->fixers.end() && --it->second == 0) {
    t->fixers.erase(it);
    if (t->fixers.empty()) t->store->set_fixed(false);
  }
  return atoms::am_true;
}

}  // namespace openbeam::bifs
