// ETS matching: match/1,2,3, match_object/1,2,3, select/1,2,3,
// select_reverse/1,2,3, select_count/2, select_delete (internal), 
// select_replace/2, match_spec_compile/1, match_spec_run_r/3,
// is_compiled_ms/1.
//
// Scans: when every clause of the spec binds the key completely, the table
// is probed by key (no scan). On ordered_set, a single clause with a
// partially bound key scans only the key range it can match (tree order).
// Otherwise every object is visited.
//
// Chunks (Limit): exactly Limit results per chunk, as erl gives them; a
// chunk that fills up comes with a continuation even when nothing is left
// (the next call then returns '$end_of_table'); the last, partial chunk
// comes with '$end_of_table'. Continuations have erl's shapes, so the stock
// ets:repair_continuation/2 works on them:
//   hash tables  {Tid, NextBucket, Limit, MsRef, Rest, length(Rest)}
//   ordered_set  {Tab, LastKey, EndKey | [], Limit, MsRef, [], Reverse (0/1), 0}
// MsRef names a compiled spec (match_spec_compile/1's registry).
//
// Compiled specs: match_spec_compile/1 registers the spec's source once per
// distinct spec (equal specs share one reference, so the registry grows
// with the number of distinct specs, never with the number of calls) and
// each use compiles a private runner from it (runners hold bindings, so
// they are never shared between threads).
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

#include "bifs/ets/ets_common.hpp"
#include "bifs/ets/match_spec.hpp"
#include "vm/copy.hpp"
#include "vm/term_compare.hpp"
#include "vm/unique.hpp"

namespace openbeam::ets {
namespace {
std::atomic<uint64_t> g_examined{0};
}  // namespace
uint64_t ets_objects_examined() { return g_examined.load(std::memory_order_relaxed); }
}  // namespace openbeam::ets

namespace openbeam::bifs {

using namespace vm;
using namespace ets;

namespace {

void examined() { g_examined.fetch_add(1, std::memory_order_relaxed); }

// [{Pattern, [], [Body]}] on the heap.
Term pattern_spec(Process* p, Term pattern, Term body) {
  Term b = make_list_from_cons(p, body, make_nil());
  Term clause = make_tuple3(p, pattern, make_nil(), b);
  return make_list_from_cons(p, clause, make_nil());
}

// Keys to probe when every clause binds the key completely.
bool bound_keys(const MatchSpec& ms, const Table& t, std::vector<Term>& keys) {
  for (Term k : ms.key_patterns(t.keypos)) {
    if (k == kNonValue || !is_ground_pattern(k)) return false;
    bool dup = false;
    // (ordered_set: 1 and 1.0 are one key, visited once)
    for (Term x : keys) dup |= t.type == TableType::kOrderedSet ? compare(x, k) == 0 : exact_equal(x, k);
    if (!dup) keys.push_back(k);
  }
  if (t.type == TableType::kOrderedSet) {
    std::sort(keys.begin(), keys.end(), [](Term a, Term b) { return compare(a, b) < 0; });
  }
  return !keys.empty();
}

// ordered_set (ERTS's analyze_pattern for trees): how bound the key is
// over all clauses (the least bound clause decides; clauses that cannot
// match do not count), the one key when every clause binds the same key,
// and the least and most key of a bounded range (kNonValue when unbounded,
// or, here, when several clauses bind keys partly).
struct TreeBounds {
  bool impossible = true;
  Term single = kNonValue, least = kNonValue, most = kNonValue;
};
TreeBounds tree_bounds(const MatchSpec& ms, const Table& t) {
  TreeBounds b;
  bool unbound = false, partial = false;
  std::vector<Term> keys;
  for (const MsClause& c : ms.clauses()) {
    if (is_match_var(c.head)) {
      unbound = true;
      continue;
    }
    if (!is_tuple(c.head) || tuple_arity(c.head) < t.keypos) continue;  // cannot match
    Term k = tuple_element(c.head, t.keypos);
    if (is_match_var(k)) {
      unbound = true;
    } else {
      partial |= !is_ground_pattern(k);
      keys.push_back(k);
    }
  }
  b.impossible = !unbound && keys.empty();
  if (unbound || keys.empty()) return b;
  if (partial) {
    if (keys.size() == 1) b.least = b.most = keys[0];
    return b;
  }
  b.least = b.most = keys[0];
  for (Term k : keys) {
    if (compare(k, b.least) < 0) b.least = k;
    if (compare(k, b.most) > 0) b.most = k;
  }
  if (compare(b.least, b.most) == 0) b.single = b.least;
  return b;
}

// Hash tables (ERTS's analyze_pattern): when every clause binds the key,
// the buckets holding those keys (in clause order, each once, only keys
// present); false when the table must be scanned.
bool key_buckets(const MatchSpec& ms, const Table& t, std::vector<size_t>& buckets) {
  for (const MsClause& c : ms.clauses()) {
    if (is_match_var(c.head)) return false;
    if (!is_tuple(c.head) || tuple_arity(c.head) < t.keypos) continue;  // matches nothing
    Term k = tuple_element(c.head, t.keypos);
    if (!is_ground_pattern(k)) return false;
    size_t ix;
    if (t.store->key_bucket(k, &ix) && std::find(buckets.begin(), buckets.end(), ix) == buckets.end()) {
      buckets.push_back(ix);
    }
  }
  return true;
}

// Visits every object the spec might match, in table order (reverse:
// backwards on ordered_set), f returning false to stop. Used without
// limits. Hash tables: whole buckets, in ERTS's traversal order.
void visit_candidates(const Table& t, const MatchSpec& ms, bool reverse, const Store::KeyVisitor& f) {
  if (t.type != TableType::kOrderedSet) {
    std::vector<size_t> buckets;
    std::vector<Obj*> objs;
    auto visit = [&](size_t ix) {
      t.store->bucket(ix, objs);
      for (Obj* o : objs) {
        examined();
        if (!f(o)) return false;
      }
      return true;
    };
    if (key_buckets(ms, t, buckets)) {
      for (size_t ix : buckets) {
        if (!visit(ix)) return;
      }
      return;
    }
    size_t ix = 0;
    do {
      if (!visit(ix)) return;
    } while ((ix = t.store->next_bucket(ix)) != 0);
    return;
  }
  std::vector<Term> keys;
  if (bound_keys(ms, t, keys)) {
    if (reverse) std::reverse(keys.begin(), keys.end());
    std::vector<Obj*> objs;
    for (Term k : keys) {
      objs.clear();
      t.store->lookup(k, objs);
      for (Obj* o : objs) {
        examined();
        if (!f(o)) return;
      }
    }
    return;
  }
  Term pat = ms.clauses().size() == 1 ? ms.key_patterns(t.keypos)[0] : kNonValue;
  t.store->scan_keys(pat, kNonValue, reverse, [&](Obj* o) {
    examined();
    return f(o);
  });
}

// A list of `items` in reverse (ERTS's hash traversal conses its results).
Term reversed_list(Process* p, const std::vector<Term>& items, size_t from = 0) {
  Term l = make_nil();
  for (size_t i = from; i < items.size(); i++) l = make_list_from_cons(p, items[i], l);
  return l;
}

Term all_results(Process* p, const Table& t, MatchSpec& ms, bool reverse) {
  std::vector<Term> out;
  visit_candidates(t, ms, reverse, [&](Obj* o) {
    Term r;
    if (ms.run(p, o->term, &r)) out.push_back(r);
    return true;
  });
  if (t.type != TableType::kOrderedSet) return reversed_list(p, out);
  return make_list_of(p, out.data(), out.size());
}

// The spec of a table BIF ([] is allowed and matches nothing).
std::unique_ptr<MatchSpec> table_spec(Term spec) { return MatchSpec::compile(spec, MsKind::kTable, nullptr, true); }

bool valid_limit(Term l) { return is_small(l) && small_value(l) >= 1; }

// ---- compiled match specs (match_spec_compile/1) ----------------------------------
struct RefLess {
  bool operator()(const RefNumbers& a, const RefNumbers& b) const {
    for (int i = 2; i >= 0; i--) {
      if (a.n[i] != b.n[i]) return a.n[i] < b.n[i];
    }
    return false;
  }
};
struct ExactLess {
  bool operator()(Term a, Term b) const { return compare_exact(a, b) < 0; }
};
struct CompiledSpecs {
  std::mutex mu;
  std::map<RefNumbers, std::unique_ptr<MatchSpec>, RefLess> by_ref;
  std::map<Term, RefNumbers, ExactLess> by_source;  // keys live in by_ref's specs
};
CompiledSpecs& compiled() {
  static CompiledSpecs c;
  return c;
}

// The reference naming a valid spec (registered on first use).
RefNumbers register_spec(std::unique_ptr<MatchSpec> ms) {
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  auto it = c.by_source.find(ms->source());
  if (it != c.by_source.end()) return it->second;
  RefNumbers r = next_ref_numbers();
  c.by_source.emplace(ms->source(), r);
  c.by_ref.emplace(r, std::move(ms));
  return r;
}

// A private runner for a registered spec; null when `ref` names none.
std::unique_ptr<MatchSpec> spec_for_ref(Term ref) {
  if (!is_local_ref(ref)) return nullptr;
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  auto it = c.by_ref.find(local_ref_numbers(ref));
  if (it == c.by_ref.end()) return nullptr;
  return MatchSpec::compile(it->second->source(), MsKind::kTable, nullptr, true);
}

Term spec_ref(Process* p, const MatchSpec& ms) {
  return make_local_ref(p->alloc(kLocalRefWords), register_spec(MatchSpec::compile(ms.source(), MsKind::kTable, nullptr, true)));
}

Term tuple_of(Process* p, std::initializer_list<Term> items) {
  Word* hp = p->alloc(1 + items.size());
  hp[0] = make_header(Subtag::kTuple, items.size());
  Word i = 1;
  for (Term t : items) hp[i++] = t.raw();
  return make_boxed(hp);
}

// One chunk from a hash table, exactly as ERTS cuts it: whole buckets are
// matched until at least `limit` results are in (bound keys: all their
// buckets at once); results are consed (newest first); when there are more
// than `limit`, the newest go into the continuation's rest
//   {Tid, NextBucket (-1: none), Limit, MsRef, Rest, length(Rest)}
// and the next call returns from the rest before matching on. A call that
// matched more than 1000 objects has trapped once in ERTS, which then
// builds the rest in the other order; so do we.
constexpr int64_t kChunkIterations = 1000;  // MAX_SELECT_CHUNK_ITERATIONS

Term hash_chunk(Process* p, const Table& t, MatchSpec& ms, int64_t limit, Term cont) {
  std::vector<Term> ml;  // the consed results: back() is the list's head
  int64_t slot = 0;
  bool continued = cont != kNonValue;  // ERTS's "continue" ending
  int64_t examined_now = 0, since_trap = 0;
  auto run_bucket = [&](size_t ix) {
    std::vector<Obj*> objs;
    t.store->bucket(ix, objs);
    for (Obj* o : objs) {
      examined();
      examined_now++;
      since_trap++;
      Term r;
      if (ms.run(p, o->term, &r)) ml.push_back(r);
    }
  };
  // Matches bucket after bucket from `slot` until the chunk is full.
  auto walk = [&]() {
    for (;;) {
      run_bucket(size_t(slot));
      size_t next = t.store->next_bucket(size_t(slot));
      if (next == 0) {
        slot = -1;
        return;
      }
      slot = int64_t(next);
      if (int64_t(ml.size()) >= limit) return;
      if (since_trap >= kChunkIterations) {  // ERTS traps here and resumes
        continued = true;
        since_trap = 0;
      }
    }
  };
  if (!continued) {
    std::vector<size_t> buckets;
    if (key_buckets(ms, t, buckets)) {
      if (buckets.empty()) return atoms::am_end_of_table;  // nothing can match
      for (size_t ix : buckets) run_bucket(ix);
      slot = -1;
    } else {
      walk();
    }
    if (examined_now == 0) return atoms::am_end_of_table;
  } else {
    slot = small_value(tuple_element(cont, 2));
    int64_t got = small_value(tuple_element(cont, 6));
    for (Term l = tuple_element(cont, 5); is_list(l); l = cdr(l)) ml.push_back(car(l));
    std::reverse(ml.begin(), ml.end());
    if (got < int64_t(ml.size())) ml.erase(ml.begin(), ml.begin() + long(ml.size() - size_t(got)));
    if (slot >= 0 && got < limit) {
      if (size_t(slot) >= t.store->bucket_count()) return badarg(p);
      walk();
    }
  }
  // Split: the newest results beyond `limit` stay for the next call.
  std::vector<Term> rest;
  if (int64_t(ml.size()) > limit) {
    rest.assign(ml.begin() + limit, ml.end());  // oldest first
    ml.resize(size_t(limit));
    if (!continued) std::reverse(rest.begin(), rest.end());  // as consed: newest first
  }
  Term results = reversed_list(p, ml);
  if (!rest.empty() || slot >= 0) {
    Term next = tuple_of(p, {table_id_term(p, t), make_small(slot), make_small(limit), spec_ref(p, ms),
                             make_list_of(p, rest.data(), rest.size()), make_small(int64_t(rest.size()))});
    return make_tuple2(p, results, next);
  }
  if (ml.empty()) return atoms::am_end_of_table;
  return make_tuple2(p, results, atoms::am_end_of_table);
}

// One chunk of at most `limit` results from continuation `cont` (kNonValue:
// the start). Returns {Results, Continuation} or '$end_of_table'.
Term chunk(Process* p, const Table& t, Term tab, MatchSpec& ms, int64_t limit, bool reverse, Term cont) {
  std::vector<Term> out;
  Term next = kNonValue;
  if (t.type == TableType::kOrderedSet) {
    // The continuation carries erl's end condition: the most (reverse:
    // least) key of a bounded range, else [].
    Term endc = make_nil();
    if (cont == kNonValue) {
      TreeBounds b = tree_bounds(ms, t);
      if (b.impossible) return atoms::am_end_of_table;
      if (b.single != kNonValue) {  // one key: all its results at once
        std::vector<Obj*> objs;
        t.store->lookup(b.single, objs);
        for (Obj* o : objs) {
          examined();
          Term r;
          if (ms.run(p, o->term, &r)) out.push_back(r);
        }
        if (out.empty()) return atoms::am_end_of_table;
        return make_tuple2(p, make_list_of(p, out.data(), out.size()), atoms::am_end_of_table);
      }
      if (b.least != kNonValue) endc = copy_term(*p, reverse ? b.least : b.most);
    } else {
      endc = tuple_element(cont, 3);
    }
    Term pat = ms.clauses().size() == 1 ? ms.key_patterns(t.keypos)[0] : kNonValue;
    Term after = cont == kNonValue ? kNonValue : tuple_element(cont, 2);
    t.store->scan_keys(pat, after, reverse, [&](Obj* o) {
      examined();
      Term r;
      if (ms.run(p, o->term, &r)) out.push_back(r);
      if (int64_t(out.size()) < limit) return true;
      next = tuple_of(p, {tab, copy_term(*p, t.key_of(o->term)), endc, make_small(limit),
                          spec_ref(p, ms), make_nil(), make_small(reverse), make_small(0)});
      return false;
    });
  } else {
    return hash_chunk(p, t, ms, limit, cont);
  }
  if (out.empty()) return atoms::am_end_of_table;
  Term results = make_list_of(p, out.data(), out.size());
  return make_tuple2(p, results, next == kNonValue ? atoms::am_end_of_table : next);
}

Term select_n(Process* p, Term tab, Term spec, Term limit, bool reverse) {
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    auto ms = table_spec(spec);
    if (!ms || !valid_limit(limit)) return badarg(p);
    return chunk(p, t, tab, *ms, small_value(limit), reverse, kNonValue);
  });
}

Term select_all(Process* p, Term tab, Term spec, bool reverse) {
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    auto ms = table_spec(spec);
    if (!ms) return badarg(p);
    return all_results(p, t, *ms, reverse);
  });
}

bool non_neg_small(Term t) { return is_small(t) && small_value(t) >= 0; }

// select/1, match/1, match_object/1, select_reverse/1.
Term select_continue(Process* p, Term cont) {
  if (cont == atoms::am_end_of_table) return cont;
  if (!is_tuple(cont)) return badarg(p);
  Word n = tuple_arity(cont);
  bool hash_shape = n == 6 && is_small(tuple_element(cont, 2)) && small_value(tuple_element(cont, 2)) >= -1 &&
                    valid_limit(tuple_element(cont, 3)) && list_length(tuple_element(cont, 5)) >= 0 &&
                    non_neg_small(tuple_element(cont, 6));
  bool tree_shape = n == 8 && valid_limit(tuple_element(cont, 4)) && non_neg_small(tuple_element(cont, 7));
  if (!hash_shape && !tree_shape) return ets_badarg(p, atoms::am_id);  // erl looks for the table first
  Term tab = tuple_element(cont, 1);
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    bool ordered = t.type == TableType::kOrderedSet;
    if (ordered != tree_shape) return badarg(p);
    auto ms = spec_for_ref(tuple_element(cont, ordered ? 5 : 4));
    if (!ms) return badarg(p);
    int64_t limit = small_value(tuple_element(cont, ordered ? 4 : 3));
    bool reverse = ordered && small_value(tuple_element(cont, 7)) != 0;
    return chunk(p, t, tab, *ms, limit, reverse, cont);
  });
}

}  // namespace

Term ets_match_2(Process* p, Term* a) { return select_all(p, a[0], pattern_spec(p, a[1], atoms::am_dollar_dollar), false); }
Term ets_match_3(Process* p, Term* a) {
  return select_n(p, a[0], pattern_spec(p, a[1], atoms::am_dollar_dollar), a[2], false);
}
Term ets_match_1(Process* p, Term* a) { return select_continue(p, a[0]); }

Term ets_match_object_2(Process* p, Term* a) {
  return select_all(p, a[0], pattern_spec(p, a[1], atoms::am_dollar_underscore), false);
}
Term ets_match_object_3(Process* p, Term* a) {
  return select_n(p, a[0], pattern_spec(p, a[1], atoms::am_dollar_underscore), a[2], false);
}
Term ets_match_object_1(Process* p, Term* a) { return select_continue(p, a[0]); }

Term ets_select_2(Process* p, Term* a) { return select_all(p, a[0], a[1], false); }
Term ets_select_3(Process* p, Term* a) { return select_n(p, a[0], a[1], a[2], false); }
Term ets_select_1(Process* p, Term* a) { return select_continue(p, a[0]); }

Term ets_select_reverse_2(Process* p, Term* a) { return select_all(p, a[0], a[1], true); }
Term ets_select_reverse_3(Process* p, Term* a) { return select_n(p, a[0], a[1], a[2], true); }
Term ets_select_reverse_1(Process* p, Term* a) { return select_continue(p, a[0]); }

Term ets_select_count_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) -> Term {
    auto ms = table_spec(a[1]);
    if (!ms) return badarg(p);
    int64_t n = 0;
    visit_candidates(t, *ms, false, [&](Obj* o) {
      n += ms->run_is_true(p, o->term);
      return true;
    });
    return make_small(n);
  });
}

Term ets_internal_select_delete_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) -> Term {
    auto ms = table_spec(a[1]);
    if (!ms) return badarg(p);
    std::vector<Obj*> doomed;
    visit_candidates(t, *ms, false, [&](Obj* o) {
      if (ms->run_is_true(p, o->term)) doomed.push_back(o);
      return true;
    });
    t.store->erase_objs(doomed);
    return make_small(int64_t(doomed.size()));
  });
}

Term ets_select_replace_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) -> Term {
    auto ms = table_spec(a[1]);
    if (t.type == TableType::kBag) return ets_badarg(p, atoms::am_table_type);
    if (!ms || !ms->keeps_key(t.keypos)) return badarg(p);
    std::vector<std::pair<Obj*, Term>> repl;
    visit_candidates(t, *ms, false, [&](Obj* o) {
      Term r;
      if (!ms->run(p, o->term, &r)) return true;
      if (is_tuple(r) && tuple_arity(r) >= t.keypos && exact_equal(t.key_of(r), t.key_of(o->term))) {
        repl.push_back({o, r});
      }
      return true;
    });
    for (auto& [o, r] : repl) t.store->replace(o, obj_create(r, t));
    return make_small(int64_t(repl.size()));
  });
}

Term ets_match_spec_compile_1(Process* p, Term* a) {
  auto ms = MatchSpec::compile(a[0]);
  if (!ms) return badarg(p);
  return make_local_ref(p->alloc(kLocalRefWords), register_spec(std::move(ms)));
}

Term ets_is_compiled_ms_1(Process*, Term* a) {
  if (!is_local_ref(a[0])) return atoms::am_false;
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  return make_bool(c.by_ref.count(local_ref_numbers(a[0])) > 0);
}

Term ets_match_spec_run_r_3(Process* p, Term* a) {
  if (list_length(a[0]) < 0) return badarg(p);
  auto ms = spec_for_ref(a[1]);
  if (!ms) return badarg(p);
  Term acc = a[2];
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    Term r;
    if (ms->run(p, car(l), &r)) acc = make_list_from_cons(p, r, acc);
  }
  return acc;
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// erlang:match_spec_test(Term, MatchSpec, table | trace):
// {ok, Result, Flags, Warnings} or {error, [{error, Message}]}.
Term erl_match_spec_test_3(Process* p, Term* a) {
  if (a[2] != atoms::am_table && a[2] != atoms::am_trace) return badarg(p);
  bool trace = a[2] == atoms::am_trace;
  std::string error;
  auto ms = MatchSpec::compile(a[1], trace ? MsKind::kTrace : MsKind::kTable, &error);
  if (!ms) {
    Term msg = make_nil();
    for (size_t i = error.size(); i-- > 0;) msg = make_list_from_cons(p, make_small(uint8_t(error[i])), msg);
    Term e = make_tuple2(p, atoms::am_error, msg);
    return make_tuple2(p, atoms::am_error, make_list_from_cons(p, e, make_nil()));
  }
  Term result = atoms::am_false;
  std::vector<Term> flags;
  if (trace) {
    if (list_length(a[0]) < 0) return badarg(p);
    ms->run_trace(p, a[0], &result, &flags);
  } else {
    Term r;
    if (ms->run(p, a[0], &r)) result = r;
  }
  return make_tuple4(p, atoms::am_ok, result, make_list_of(p, flags.data(), flags.size()), make_nil());
}

}  // namespace openbeam::bifs
