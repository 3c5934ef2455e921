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
// comes with '$end_of_table'. Continuations are
//   {'$ets_select', Tab, MatchSpec, Limit, Reverse, Position}
// with Position {Slot, SkipInSlot} (hash tables) or {LastKey} (ordered_set).
#include <algorithm>
#include <map>
#include <mutex>

#include "bifs/ets/ets_common.hpp"
#include "bifs/ets/match_spec.hpp"
#include "vm/copy.hpp"
#include "vm/term_compare.hpp"
#include "vm/unique.hpp"

namespace openbeam::bifs {

using namespace vm;
using namespace ets;

namespace {

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
    for (Term x : keys) dup |= exact_equal(x, k);
    if (!dup) keys.push_back(k);
  }
  if (t.type == TableType::kOrderedSet) {
    std::sort(keys.begin(), keys.end(), [](Term a, Term b) { return compare(a, b) < 0; });
  }
  return !keys.empty();
}

// Visits every object the spec might match, in table order (reverse:
// backwards on ordered_set), f returning false to stop. Used without limits.
void visit_candidates(const Table& t, const MatchSpec& ms, bool reverse, const Store::KeyVisitor& f) {
  std::vector<Term> keys;
  if (bound_keys(ms, t, keys)) {
    if (reverse) std::reverse(keys.begin(), keys.end());
    std::vector<Obj*> objs;
    for (Term k : keys) {
      objs.clear();
      t.store->lookup(k, objs);
      for (Obj* o : objs) {
        if (!f(o)) return;
      }
    }
    return;
  }
  Term pat = kNonValue;
  if (t.type == TableType::kOrderedSet && ms.clauses().size() == 1) pat = ms.key_patterns(t.keypos)[0];
  t.store->scan_keys(pat, kNonValue, reverse, f);
}

Term all_results(Process* p, const Table& t, MatchSpec& ms, bool reverse) {
  std::vector<Term> out;
  visit_candidates(t, ms, reverse, [&](Obj* o) {
    Term r;
    if (ms.run(p, o->term, &r)) out.push_back(r);
    return true;
  });
  return make_list_of(p, out.data(), out.size());
}

bool valid_limit(Term l) { return is_small(l) && small_value(l) >= 1; }

// One chunk of at most `limit` results from position `pos` (kNonValue: the
// start). Returns {Results, Continuation} or '$end_of_table'.
Term chunk(Process* p, const Table& t, Term tab, MatchSpec& ms, int64_t limit, bool reverse, Term pos) {
  std::vector<Term> out;
  Term next_pos = kNonValue;
  bool ordered = t.type == TableType::kOrderedSet;
  if (ordered) {
    Term pat = ms.clauses().size() == 1 ? ms.key_patterns(t.keypos)[0] : kNonValue;
    Term after = pos == kNonValue ? kNonValue : tuple_element(pos, 1);
    t.store->scan_keys(pat, after, reverse, [&](Obj* o) {
      Term r;
      if (ms.run(p, o->term, &r)) out.push_back(r);
      if (int64_t(out.size()) < limit) return true;
      next_pos = make_boxed(p->alloc(2));
      boxed_ptr(next_pos)[0] = make_header(Subtag::kTuple, 1);
      boxed_ptr(next_pos)[1] = copy_term(*p, t.key_of(o->term)).raw();
      return false;
    });
  } else {
    size_t slot = 0, skip = 0;
    if (pos != kNonValue) {
      slot = size_t(small_value(tuple_element(pos, 1)));
      skip = size_t(small_value(tuple_element(pos, 2)));
    }
    size_t cur_slot = SIZE_MAX, in_slot = 0;
    t.store->scan_slots(slot, [&](size_t s, Obj* o) {
      if (s != cur_slot) {
        cur_slot = s;
        in_slot = 0;
      }
      in_slot++;
      if (s == slot && in_slot <= skip) return true;
      Term r;
      if (ms.run(p, o->term, &r)) out.push_back(r);
      if (int64_t(out.size()) < limit) return true;
      next_pos = make_tuple2(p, make_small(int64_t(s)), make_small(int64_t(in_slot)));
      return false;
    });
  }
  if (out.empty()) return atoms::am_end_of_table;
  Term results = make_list_of(p, out.data(), out.size());
  if (next_pos == kNonValue) return make_tuple2(p, results, atoms::am_end_of_table);
  Word* hp = p->alloc(7);
  hp[0] = make_header(Subtag::kTuple, 6);
  hp[1] = atoms::am_ets_select_cont.raw();
  hp[2] = tab.raw();
  hp[4] = make_small(limit).raw();
  hp[5] = make_bool(reverse).raw();
  hp[6] = next_pos.raw();
  hp[3] = copy_term(*p, ms.source()).raw();  // the compiled form owns its copy
  return make_tuple2(p, results, make_boxed(hp));
}

Term select_n(Process* p, Term tab, Term spec, Term limit, bool reverse) {
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    auto ms = MatchSpec::compile(spec);
    if (!ms || !valid_limit(limit)) return badarg(p);
    return chunk(p, t, tab, *ms, small_value(limit), reverse, kNonValue);
  });
}

Term select_all(Process* p, Term tab, Term spec, bool reverse) {
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    auto ms = MatchSpec::compile(spec);
    if (!ms) return badarg(p);
    return all_results(p, t, *ms, reverse);
  });
}

// select/1, match/1, match_object/1, select_reverse/1.
Term select_continue(Process* p, Term cont) {
  if (cont == atoms::am_end_of_table) return cont;
  if (!is_tuple(cont) || tuple_arity(cont) != 6 || tuple_element(cont, 1) != atoms::am_ets_select_cont) {
    return badarg(p);
  }
  Term tab = tuple_element(cont, 2), limit = tuple_element(cont, 4), pos = tuple_element(cont, 6);
  bool reverse = tuple_element(cont, 5) == atoms::am_true;
  if (!valid_limit(limit) || !is_tuple(pos)) return badarg(p);
  return with_table(p, tab, Need::kRead, [&](Table& t) -> Term {
    auto ms = MatchSpec::compile(tuple_element(cont, 3));
    if (!ms) return badarg(p);
    bool ordered = t.type == TableType::kOrderedSet;
    bool pos_ok = ordered ? tuple_arity(pos) == 1
                          : tuple_arity(pos) == 2 && is_small(tuple_element(pos, 1)) &&
                                small_value(tuple_element(pos, 1)) >= 0 && is_small(tuple_element(pos, 2)) &&
                                small_value(tuple_element(pos, 2)) >= 0;
    if (!pos_ok) return badarg(p);
    return chunk(p, t, tab, *ms, small_value(limit), reverse, pos);
  });
}

// ---- compiled match specs (match_spec_compile/1) ----------------------------------
// Compiled specs are named by a reference; they are kept for the life of
// the node (ERTS frees them with the magic reference; no GC hook here yet).
struct RefLess {
  bool operator()(const RefNumbers& a, const RefNumbers& b) const {
    for (int i = 2; i >= 0; i--) {
      if (a.n[i] != b.n[i]) return a.n[i] < b.n[i];
    }
    return false;
  }
};
struct CompiledSpecs {
  std::mutex mu;
  std::map<RefNumbers, std::unique_ptr<MatchSpec>, RefLess> specs;
};
CompiledSpecs& compiled() {
  static CompiledSpecs c;
  return c;
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
    auto ms = MatchSpec::compile(a[1]);
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
    auto ms = MatchSpec::compile(a[1]);
    if (!ms) return badarg(p);
    std::vector<Obj*> doomed;
    visit_candidates(t, *ms, false, [&](Obj* o) {
      if (ms->run_is_true(p, o->term)) doomed.push_back(o);
      return true;
    });
    for (Obj* o : doomed) t.store->erase_objs(t.key_of(o->term), {o});
    return make_small(int64_t(doomed.size()));
  });
}

Term ets_select_replace_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) -> Term {
    auto ms = MatchSpec::compile(a[1]);
    if (!ms || t.type == TableType::kBag) return badarg(p);
    std::vector<std::pair<Obj*, Term>> repl;
    visit_candidates(t, *ms, false, [&](Obj* o) {
      Term r;
      if (!ms->run(p, o->term, &r)) return true;
      if (is_tuple(r) && tuple_arity(r) >= t.keypos && exact_equal(t.key_of(r), t.key_of(o->term))) {
        repl.push_back({o, r});
      }
      return true;
    });
    for (auto& [o, r] : repl) t.store->replace(o, obj_create(r));
    return make_small(int64_t(repl.size()));
  });
}

Term ets_match_spec_compile_1(Process* p, Term* a) {
  auto ms = MatchSpec::compile(a[0]);
  if (!ms) return badarg(p);
  RefNumbers r = next_ref_numbers();
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  c.specs[r] = std::move(ms);
  return make_local_ref(p->alloc(kLocalRefWords), r);
}

Term ets_is_compiled_ms_1(Process*, Term* a) {
  if (!is_local_ref(a[0])) return atoms::am_false;
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  return make_bool(c.specs.count(local_ref_numbers(a[0])) > 0);
}

Term ets_match_spec_run_r_3(Process* p, Term* a) {
  if (!is_local_ref(a[1]) || list_length(a[0]) < 0) return badarg(p);
  CompiledSpecs& c = compiled();
  std::lock_guard lock(c.mu);
  auto it = c.specs.find(local_ref_numbers(a[1]));
  if (it == c.specs.end()) return badarg(p);
  Term acc = a[2];
  for (Term l = a[0]; is_list(l); l = cdr(l)) {
    Term r;
    if (it->second->run(p, car(l), &r)) acc = make_list_from_cons(p, r, acc);
  }
  return acc;
}

}  // namespace openbeam::bifs
