// ETS object access: insert, insert_new, lookup, lookup_element, member,
// delete/2, delete_object, take, update_counter, update_element,
// first/next/prev/last, slot.
#include <algorithm>
#include <optional>

#include "bifs/ets/ets_common.hpp"
#include "vm/bignum.hpp"
#include "vm/copy.hpp"
#include "vm/integer_arith.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::bifs {

using namespace vm;
using namespace ets;

namespace {

bool valid_object(const Table& t, Term o) { return is_tuple(o) && tuple_arity(o) >= t.keypos; }

// The objects to insert (a tuple or a proper list of tuples), or false.
bool objects_arg(const Table& t, Term arg, std::vector<Term>& out) {
  if (is_tuple(arg)) {
    if (!valid_object(t, arg)) return false;
    out.push_back(arg);
    return true;
  }
  for (; is_list(arg); arg = cdr(arg)) {
    if (!valid_object(t, car(arg))) return false;
    out.push_back(car(arg));
  }
  return is_nil(arg);
}

Term copy_list(Process* p, const std::vector<Obj*>& objs) {
  Term l = make_nil();
  for (size_t i = objs.size(); i-- > 0;) l = make_list_from_cons(p, obj_copy_out(p, objs[i]), l);
  return l;
}

Term key_or_end(Process* p, bool found, Term key) {
  return found ? copy_term(*p, key) : atoms::am_end_of_table;
}

// ERTS inserts a list into a bag from its end (observable in the order of
// objects with the same key).
void insert_objects(Table& t, std::vector<Term>& objs) {
  if (t.type == TableType::kBag) std::reverse(objs.begin(), objs.end());
  for (Term o : objs) t.store->insert(obj_create(o, t));
}

bool is_set_like(const Table& t) { return t.type == TableType::kSet || t.type == TableType::kOrderedSet; }

}  // namespace

Term ets_insert_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    std::vector<Term> objs;
    if (!objects_arg(t, a[1], objs)) return badarg(p);
    insert_objects(t, objs);
    return atoms::am_true;
  });
}

Term ets_insert_new_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    std::vector<Term> objs;
    if (!objects_arg(t, a[1], objs)) return badarg(p);
    for (Term o : objs) {
      if (t.store->member(t.key_of(o))) return atoms::am_false;
    }
    insert_objects(t, objs);
    return atoms::am_true;
  });
}

Term ets_lookup_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    thread_local std::vector<Obj*> objs;  // reused: no allocation per lookup
    objs.clear();
    t.store->lookup(a[1], objs);
    return copy_list(p, objs);
  });
}

Term ets_lookup_element_3(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    if (!is_small(a[2]) || small_value(a[2]) < 1) return badarg(p);
    Word pos = Word(small_value(a[2]));
    std::vector<Obj*> objs;
    t.store->lookup(a[1], objs);
    if (objs.empty()) return ets_badarg(p, atoms::am_badkey);
    for (Obj* o : objs) {
      if (tuple_arity(o->term) < pos) return badarg(p);
    }
    if (is_set_like(t)) return copy_term(*p, objs[0]->element(pos));
    std::vector<Term> items;
    for (Obj* o : objs) items.push_back(copy_term(*p, o->element(pos)));
    return make_list_of(p, items.data(), items.size());
  });
}

Term ets_member_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) { return make_bool(t.store->member(a[1])); });
}

Term ets_delete_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    t.store->erase_key(a[1]);
    return atoms::am_true;
  });
}

Term ets_delete_object_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    if (!valid_object(t, a[1])) return badarg(p);
    t.store->erase_object(t.key_of(a[1]), a[1]);
    return atoms::am_true;
  });
}

Term ets_take_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) {
    std::vector<Obj*> objs;
    t.store->lookup(a[1], objs);
    Term result = copy_list(p, objs);
    t.store->erase_key(a[1]);
    return result;
  });
}

// ---- update_counter / update_element ---------------------------------------------
namespace {

struct CounterOp {
  Word pos;
  Term incr;
  Term threshold = kNonValue, set_value = kNonValue;
};

// Parses one UpdateOp; `cause` gets keypos/position when that is the fault.
bool parse_counter_op(const Table& t, Term op, Word arity, CounterOp* out, Term* cause) {
  if (is_integer(op)) {
    *out = CounterOp{t.keypos + 1, op};
  } else if (is_tuple(op) && (tuple_arity(op) == 2 || tuple_arity(op) == 4)) {
    Term pos = tuple_element(op, 1);
    if (!is_small(pos) || !is_integer(tuple_element(op, 2))) return false;
    out->pos = Word(small_value(pos));
    out->incr = tuple_element(op, 2);
    if (tuple_arity(op) == 4) {
      out->threshold = tuple_element(op, 3);
      out->set_value = tuple_element(op, 4);
      if (!is_integer(out->threshold) || !is_integer(out->set_value)) return false;
    }
    if (small_value(pos) < 1 || out->pos > arity) {
      *cause = atoms::am_position;
      return false;
    }
  } else {
    return false;
  }
  if (out->pos == t.keypos) {
    *cause = atoms::am_keypos;
    return false;
  }
  if (out->pos > arity) {
    *cause = atoms::am_position;
    return false;
  }
  return true;
}

}  // namespace

Term ets_update_counter_common(Process* p, Term* a, Term dflt) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) -> Term {
    if (!is_set_like(t)) return ets_badarg(p, atoms::am_table_type);
    if (dflt != kNonValue && !is_tuple(dflt)) return badarg(p);  // even when the key exists
    std::vector<Obj*> objs;
    t.store->lookup(a[1], objs);
    Term base;
    if (!objs.empty()) {
      base = objs[0]->term;
    } else {
      if (dflt == kNonValue) return ets_badarg(p, atoms::am_badkey);
      if (!valid_object(t, dflt)) return badarg(p);
      base = dflt;
    }
    Word arity = tuple_arity(base);
    std::vector<CounterOp> ops;
    bool many = !is_tuple(a[2]) && !is_integer(a[2]);
    if (many) {
      if (list_length(a[2]) < 0) return badarg(p);
      for (Term l = a[2]; is_list(l); l = cdr(l)) ops.emplace_back();
    } else {
      ops.emplace_back();
    }
    Term l = a[2];
    for (CounterOp& op : ops) {
      Term cause = kNonValue;
      Term one = many ? car(l) : a[2];
      if (many) l = cdr(l);
      if (!parse_counter_op(t, one, arity, &op, &cause)) return ets_badarg(p, cause);
    }
    // New tuple on the heap; counters computed there.
    Word* hp = p->alloc(1 + arity);
    hp[0] = make_header(Subtag::kTuple, arity);
    for (Word i = 1; i <= arity; i++) hp[i] = tuple_element(base, i).raw();
    if (objs.empty()) hp[t.keypos] = a[1].raw();
    std::vector<Term> results;
    for (const CounterOp& op : ops) {
      Term old(hp[op.pos]);
      if (!is_integer(old)) return badarg(p);
      std::optional<Term> sum = int_add(*p, old, op.incr);
      if (!sum) return badarg(p);
      Term v = *sum;
      if (op.threshold != kNonValue) {
        bool up = !(is_small(op.incr) ? small_value(op.incr) < 0 : big_view(op.incr).negative);
        int c = compare(v, op.threshold);
        if ((up && c > 0) || (!up && c < 0)) v = op.set_value;
      }
      hp[op.pos] = v.raw();
      results.push_back(v);
    }
    Obj* repl = obj_create(make_boxed(hp), t);
    if (objs.empty()) {
      t.store->insert(repl);
    } else {
      t.store->replace(objs[0], repl);
    }
    for (Term& r : results) r = copy_term(*p, r);  // not pointing into the table
    if (!many) return results[0];
    return make_list_of(p, results.data(), results.size());
  });
}

Term ets_update_counter_3(Process* p, Term* a) { return ets_update_counter_common(p, a, kNonValue); }
Term ets_update_counter_4(Process* p, Term* a) { return ets_update_counter_common(p, a, a[3]); }

Term ets_update_element_3(Process* p, Term* a) {
  return with_table(p, a[0], Need::kWrite, [&](Table& t) -> Term {
    if (!is_set_like(t)) return badarg(p);  // erl gives no cause here
    std::vector<Term> specs;
    if (is_tuple(a[2])) {
      specs.push_back(a[2]);
    } else {
      if (list_length(a[2]) < 0) return badarg(p);
      for (Term l = a[2]; is_list(l); l = cdr(l)) specs.push_back(car(l));
    }
    std::vector<Obj*> objs;
    t.store->lookup(a[1], objs);
    for (Term s : specs) {
      if (!is_tuple(s) || tuple_arity(s) != 2 || !is_small(tuple_element(s, 1))) return badarg(p);
    }
    if (objs.empty()) return atoms::am_false;
    Term base = objs[0]->term;
    Word arity = tuple_arity(base);
    for (Term s : specs) {
      int64_t pos = small_value(tuple_element(s, 1));
      if (pos == int64_t(t.keypos)) return ets_badarg(p, atoms::am_keypos);
      if (pos < 1 || Word(pos) > arity) return badarg(p);  // erl gives no cause here
    }
    Word* hp = p->alloc(1 + arity);
    hp[0] = make_header(Subtag::kTuple, arity);
    for (Word i = 1; i <= arity; i++) hp[i] = tuple_element(base, i).raw();
    for (Term s : specs) hp[small_value(tuple_element(s, 1))] = tuple_element(s, 2).raw();
    t.store->replace(objs[0], obj_create(make_boxed(hp), t));
    return atoms::am_true;
  });
}

// ---- traversal ------------------------------------------------------------------------
Term ets_first_1(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    Term k;
    bool found = t.store->first_key(&k);
    return key_or_end(p, found, k);
  });
}

Term ets_last_1(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    Term k;
    bool found = t.store->last_key(&k);
    return key_or_end(p, found, k);
  });
}

Term ets_next_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    Term k;
    bool in_table;
    bool more = t.store->next_key(a[1], &k, &in_table);
    if (!in_table) return badarg(p);
    return key_or_end(p, more, k);
  });
}

Term ets_prev_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    Term k;
    bool in_table;
    bool more = t.store->prev_key(a[1], &k, &in_table);
    if (!in_table) return badarg(p);
    return key_or_end(p, more, k);
  });
}

Term ets_slot_2(Process* p, Term* a) {
  return with_table(p, a[0], Need::kRead, [&](Table& t) {
    if (!is_small(a[1]) || small_value(a[1]) < 0) return badarg(p);
    size_t i = size_t(small_value(a[1]));
    std::vector<Obj*> objs;
    if (t.store->slot(i, objs)) return copy_list(p, objs);
    if (i == t.store->slot_count()) return atoms::am_end_of_table;
    return badarg(p);
  });
}

}  // namespace openbeam::bifs

namespace openbeam::bifs {

// erts_internal:ets_raw_first/1, ets_raw_next/2: first/next for ERTS's own
// test tools (the same traversal here: hash tables have no cheaper one).
Term erts_internal_ets_raw_first_1(Process* p, Term* a) { return ets_first_1(p, a); }
Term erts_internal_ets_raw_next_2(Process* p, Term* a) { return ets_next_2(p, a); }

}  // namespace openbeam::bifs
