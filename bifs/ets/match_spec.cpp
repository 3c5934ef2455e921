// Match specification compiler and runner (see match_spec.hpp).
#include "bifs/ets/match_spec.hpp"

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstring>

#include "bifs/bifs.hpp"
#include "vm/atom_table.hpp"
#include "vm/copy.hpp"
#include "vm/exceptions.hpp"
#include "vm/export_table.hpp"
#include "vm/term_compare.hpp"

namespace openbeam::ets {

using namespace vm;

namespace {

// '$N' -> N, or -1.
int64_t parse_var_number(Term t) {
  std::string_view s = atom_text(t);
  if (s.size() < 2 || s[0] != '$' || s.size() > 10 || (s[1] == '0' && s.size() > 2)) return -1;
  int64_t n = 0;
  for (size_t i = 1; i < s.size(); i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

// '$N' -> N, else -1 (atoms' texts never change, so the answer is cached
// per atom: matching asks this for every atom of every pattern).
int64_t var_number(Term t) {
  if (!is_atom(t)) return -1;
  constexpr size_t kCached = 1 << 16;
  static std::unique_ptr<std::atomic<int32_t>[]> cache = [] {
    auto c = std::make_unique<std::atomic<int32_t>[]>(kCached);
    for (size_t i = 0; i < kCached; i++) c[i].store(-2, std::memory_order_relaxed);
    return c;
  }();
  size_t ix = atom_index(t);
  if (ix >= kCached) return parse_var_number(t);
  int32_t v = cache[ix].load(std::memory_order_relaxed);
  if (v == -2) {
    int64_t n = parse_var_number(t);
    v = n > INT32_MAX ? -3 : int32_t(n);  // (numbers that large are never cached)
    if (v != -3) cache[ix].store(v, std::memory_order_relaxed);
    return n;
  }
  return v;
}

bool is_underscore(Term t) { return is_atom(t) && atom_text(t) == "_"; }
bool is_dollar_underscore(Term t) { return is_atom(t) && atom_text(t) == "$_"; }
bool is_dollar_dollar(Term t) { return is_atom(t) && atom_text(t) == "$$"; }

// Guard functions match specs may call (ERTS's guard table), by name/arity.
struct GuardFn {
  const char* name;
  int arity;
};
constexpr GuardFn kGuardFns[] = {
    {"is_atom", 1}, {"is_float", 1}, {"is_integer", 1}, {"is_list", 1}, {"is_number", 1},
    {"is_pid", 1}, {"is_port", 1}, {"is_reference", 1}, {"is_tuple", 1}, {"is_map", 1},
    {"is_binary", 1}, {"is_function", 1}, {"is_record", 3}, {"abs", 1}, {"element", 2},
    {"hd", 1}, {"length", 1}, {"node", 1}, {"node", 0}, {"round", 1}, {"size", 1},
    {"map_size", 1}, {"map_get", 2}, {"is_map_key", 2}, {"bit_size", 1}, {"byte_size", 1},
    {"binary_part", 2}, {"binary_part", 3}, {"tl", 1}, {"trunc", 1}, {"float", 1},
    {"+", 1}, {"-", 1}, {"+", 2}, {"-", 2}, {"*", 2}, {"/", 2}, {"div", 2}, {"rem", 2},
    {"band", 2}, {"bor", 2}, {"bxor", 2}, {"bnot", 1}, {"bsl", 2}, {"bsr", 2}, {">", 2},
    {">=", 2}, {"<", 2}, {"=<", 2}, {"=:=", 2}, {"==", 2}, {"=/=", 2}, {"/=", 2},
    {"not", 1}, {"xor", 2}, {"self", 0},
};
// Functions only tracing match specs may use (refused in table specs).
constexpr const char* kTraceFns[] = {"get_tcw", "set_tcw", "set_tcw_fake", "is_seq_trace",
                                     "set_seq_token", "get_seq_token", "message", "return_trace",
                                     "exception_trace", "process_dump", "enable_trace",
                                     "disable_trace", "trace", "display", "caller", "silent",
                                     "caller_line"};

bool is_guard_fn(std::string_view name, size_t arity) {
  for (const GuardFn& g : kGuardFns) {
    if (name == g.name && size_t(g.arity) == arity) return true;
  }
  return false;
}
bool is_variadic_bool(std::string_view name) {
  return name == "and" || name == "or" || name == "andalso" || name == "orelse";
}

// ---- validation -----------------------------------------------------------------
struct Checker {
  MsKind kind;
  const std::vector<int64_t>* head_vars;
  std::string* error;

  bool fail(std::string msg) const {
    if (error && error->empty()) *error = std::move(msg);
    return false;
  }

  bool bound(Term v) const {
    int64_t n = var_number(v);
    return std::find(head_vars->begin(), head_vars->end(), n) != head_vars->end();
  }

  bool expr(Term e, int depth = 0) const {
    if (depth > 10000) return false;
    if (is_atom(e)) {
      if (var_number(e) >= 0) {
        return bound(e) || fail("Variable " + std::string(atom_text(e)) + " is unbound.");
      }
      return true;  // '$_', '$$', '_' and plain atoms (constants)
    }
    if (is_list(e)) {
      for (; is_list(e); e = cdr(e)) {
        if (!expr(car(e), depth + 1)) return false;
      }
      return is_nil(e) || expr(e, depth + 1);
    }
    if (is_map(e)) {
      const Word* m = boxed_ptr(e);
      Term keys(m[1]);
      for (Word i = 1; i <= tuple_arity(keys); i++) {
        if (!expr(tuple_element(keys, i), depth + 1) || !expr(Term(m[1 + i]), depth + 1)) return false;
      }
      return true;
    }
    if (!is_tuple(e)) return true;  // numbers, binaries, ...: constants
    Word n = tuple_arity(e);
    if (n == 0) return false;
    Term f = tuple_element(e, 1);
    if (is_tuple(f) && n == 1) {  // {{...}}: tuple construction
      for (Word i = 1; i <= tuple_arity(f); i++) {
        if (!expr(tuple_element(f, i), depth + 1)) return false;
      }
      return true;
    }
    if (!is_atom(f)) return fail("Invalid expression.");
    std::string_view name = atom_text(f);
    if (name == "const") return n == 2 || fail("Special form 'const' called with wrong number of arguments.");
    bool ok = is_variadic_bool(name) || is_guard_fn(name, n - 1);
    bool trace_fn = false;
    for (const char* t : kTraceFns) trace_fn |= name == t;
    if (!ok && trace_fn) {
      if (kind != MsKind::kTrace) return fail("Special form '" + std::string(name) + "' used in wrong dialect.");
      ok = true;
    }
    if (!ok) return fail("Function " + std::string(name) + "/" + std::to_string(n - 1) + " does_not_exist.");
    for (Word i = 2; i <= n; i++) {
      if (!expr(tuple_element(e, i), depth + 1)) return false;
    }
    return true;
  }
};

void collect_vars(Term t, std::vector<int64_t>& vars) {
  std::vector<Term> stack{t};
  while (!stack.empty()) {
    Term x = stack.back();
    stack.pop_back();
    if (is_atom(x)) {
      int64_t n = var_number(x);
      if (n >= 0 && std::find(vars.begin(), vars.end(), n) == vars.end()) vars.push_back(n);
    } else if (is_list(x)) {
      stack.push_back(car(x));
      stack.push_back(cdr(x));
    } else if (is_tuple(x)) {
      for (Word i = 1; i <= tuple_arity(x); i++) stack.push_back(tuple_element(x, i));
    } else if (is_map(x)) {
      const Word* m = boxed_ptr(x);
      for (Word i = 1; i <= tuple_arity(Term(m[1])); i++) stack.push_back(Term(m[1 + i]));
    }
  }
}

// Map pattern keys must be ground.
bool head_ok(Term t) {
  std::vector<Term> stack{t};
  while (!stack.empty()) {
    Term x = stack.back();
    stack.pop_back();
    if (is_list(x)) {
      stack.push_back(car(x));
      stack.push_back(cdr(x));
    } else if (is_tuple(x)) {
      for (Word i = 1; i <= tuple_arity(x); i++) stack.push_back(tuple_element(x, i));
    } else if (is_map(x)) {
      const Word* m = boxed_ptr(x);
      Term keys(m[1]);
      for (Word i = 1; i <= tuple_arity(keys); i++) {
        if (!is_ground_pattern(tuple_element(keys, i))) return false;
        stack.push_back(Term(m[1 + i]));
      }
    }
  }
  return true;
}

// Clears an exception a guard or body function raised.
void forget_exception(Process* p) {
  p->exc_reason = kNonValue;
  p->raise.clear();
}

}  // namespace

bool is_match_var(Term t) { return is_underscore(t) || var_number(t) >= 0; }

bool is_ground_pattern(Term t) {
  std::vector<Term> stack{t};
  while (!stack.empty()) {
    Term x = stack.back();
    stack.pop_back();
    if (is_atom(x)) {
      if (is_match_var(x)) return false;
    } else if (is_list(x)) {
      stack.push_back(car(x));
      stack.push_back(cdr(x));
    } else if (is_tuple(x)) {
      for (Word i = 1; i <= tuple_arity(x); i++) stack.push_back(tuple_element(x, i));
    } else if (is_map(x)) {
      const Word* m = boxed_ptr(x);
      Term keys(m[1]);
      for (Word i = 1; i <= tuple_arity(keys); i++) {
        stack.push_back(tuple_element(keys, i));
        stack.push_back(Term(m[1 + i]));
      }
    }
  }
  return true;
}

// ---- compile ----------------------------------------------------------------------
std::unique_ptr<MatchSpec> MatchSpec::compile(Term spec, MsKind kind, std::string* error, bool allow_empty) {
  auto fail = [&](const char* msg) -> std::unique_ptr<MatchSpec> {
    if (error && error->empty()) *error = msg;
    return nullptr;
  };
  if (bifs::list_length(spec) < 0 || (is_nil(spec) && !allow_empty)) return fail("Match programs are not in a list.");
  std::unique_ptr<MatchSpec> ms(new MatchSpec());
  ms->source_ = copy_term(ms->arena_, spec);
  for (Term l = ms->source_; is_list(l); l = cdr(l)) {
    Term c = car(l);
    if (!is_tuple(c) || tuple_arity(c) != 3) return fail("Match program part is not a tuple of arity 3.");
    MsClause cl{tuple_element(c, 1), tuple_element(c, 2), tuple_element(c, 3), false, {}};
    if (bifs::list_length(cl.guards) < 0) return fail("Guard expression is not a list.");
    int64_t body_len = bifs::list_length(cl.body);
    if (body_len < 0 || (body_len == 0 && kind == MsKind::kTable)) return fail("Body is not a non-empty list.");
    if (kind == MsKind::kTrace && !(is_list(cl.head) || is_nil(cl.head) || is_match_var(cl.head))) {
      return nullptr;
    }
    if (!head_ok(cl.head)) return fail("Map keys in the head must be constants.");
    std::vector<int64_t> vars;
    collect_vars(cl.head, vars);
    Checker check{kind, &vars, error};
    for (Term g = cl.guards; is_list(g); g = cdr(g)) {
      if (!check.expr(car(g))) return nullptr;
    }
    for (Term b = cl.body; is_list(b); b = cdr(b)) {
      if (!check.expr(car(b))) return nullptr;
    }
    std::sort(vars.begin(), vars.end());
    for (int64_t n : vars) {
      // Every '$N' atom of the head is known to the atom table already.
      Term a = *existing_atom_from_utf8("$" + std::to_string(n));
      int slot = ms->var_slot(a);
      if (slot < 0) {
        slot = int(ms->slots_.size());
        ms->slots_.emplace_back(atom_index(a), slot);
      }
      cl.vars.push_back(slot);
    }
    cl.returns_object = body_len == 1 && is_dollar_underscore(car(cl.body));
    ms->clauses_.push_back(std::move(cl));
  }
  ms->bind_.assign(ms->slots_.size(), kNonValue);
  return ms;
}

std::vector<Term> MatchSpec::key_patterns(unsigned keypos) const {
  std::vector<Term> keys;
  for (const MsClause& c : clauses_) {
    if (is_tuple(c.head) && tuple_arity(c.head) >= keypos) {
      keys.push_back(tuple_element(c.head, keypos));
    } else if (is_match_var(c.head)) {
      keys.push_back(kNonValue);
    } else {
      keys.push_back(kNonValue);  // never matches an object: no key to use
    }
  }
  return keys;
}

namespace {
// Whether body expression `b` builds exactly the head pattern `a`.
bool same_key(Term a, Term b, bool const_mode, int depth = 0) {
  if (depth > 1000) return false;  // absurdly deep keys: refused, never a stack overflow
  while (is_list(b)) {
    if (!is_list(a) || !same_key(car(a), car(b), const_mode, depth + 1)) return false;
    a = cdr(a);
    b = cdr(b);
  }
  if (is_tuple(b)) {
    if (!const_mode) {
      if (tuple_arity(b) == 1 && is_tuple(tuple_element(b, 1))) {
        b = tuple_element(b, 1);
      } else if (tuple_arity(b) == 2 && tuple_element(b, 1) == atoms::am_const) {
        return same_key(a, tuple_element(b, 2), true, depth + 1);
      } else {
        return false;  // a function call
      }
    }
    if (!is_tuple(a) || tuple_arity(a) != tuple_arity(b)) return false;
    for (Word i = 1; i <= tuple_arity(a); i++) {
      if (!same_key(tuple_element(a, i), tuple_element(b, i), const_mode, depth + 1)) return false;
    }
    return true;
  }
  if (is_map(b)) return false;
  if (is_boxed(b)) return exact_equal(a, b);
  if (a != b || is_underscore(a) || is_dollar_dollar(a) || is_dollar_underscore(a)) return false;
  return !(const_mode && var_number(a) >= 0);
}
}  // namespace

bool MatchSpec::keeps_key(unsigned keypos) const {
  for (const MsClause& c : clauses_) {
    if (!is_nil(cdr(c.body))) return false;
    Term b = car(c.body);
    if (is_dollar_underscore(b)) continue;
    if (!is_tuple(b) || !is_tuple(c.head) || tuple_arity(c.head) < keypos) return false;
    Term mk = tuple_element(c.head, keypos);
    bool const_mode;
    Term sub;
    if (tuple_arity(b) == 2 && tuple_element(b, 1) == atoms::am_const) {
      sub = tuple_element(b, 2);
      const_mode = true;
    } else if (tuple_arity(b) == 1) {
      sub = tuple_element(b, 1);
      const_mode = false;
    } else {
      return false;
    }
    if (!is_tuple(sub) || tuple_arity(sub) < keypos) return false;
    Term bk = tuple_element(sub, keypos);
    if (same_key(mk, bk, const_mode)) continue;
    if (const_mode) return false;
    bool element_of_object = is_tuple(bk) && tuple_arity(bk) == 3 && tuple_element(bk, 1) == atoms::am_element &&
                             tuple_element(bk, 2) == make_small(keypos) && is_dollar_underscore(tuple_element(bk, 3));
    if (!element_of_object) return false;
  }
  return true;
}

int MatchSpec::var_slot(Term var) const {
  uint32_t ix = atom_index(var);
  for (const auto& [a, slot] : slots_) {
    if (a == ix) return slot;
  }
  return -1;
}

// ---- run --------------------------------------------------------------------------
bool MatchSpec::match(Term pat, Term obj) {
  // Explicit stack of (pattern, object) pairs still to match.
  Term stack_buf[64];
  std::vector<Term> big;
  size_t sp = 0;
  auto push = [&](Term a, Term b) {
    if (sp + 2 <= 64 && big.empty()) {
      stack_buf[sp++] = a;
      stack_buf[sp++] = b;
      return;
    }
    if (big.empty()) big.assign(stack_buf, stack_buf + sp);
    big.push_back(a);
    big.push_back(b);
  };
  push(pat, obj);
  for (;;) {
    Term p, o;
    if (!big.empty()) {
      o = big.back();
      big.pop_back();
      p = big.back();
      big.pop_back();
      if (big.empty()) sp = 0;
    } else if (sp) {
      o = stack_buf[--sp];
      p = stack_buf[--sp];
    } else {
      return true;
    }
    for (;;) {
      if (is_atom(p)) {
        if (p == o) break;
        std::string_view s = atom_text(p);
        if (s.size() >= 1 && (s[0] == '_' || s[0] == '$') && is_match_var(p)) {
          if (s.size() == 1 && s[0] == '_') break;
          int slot = var_slot(p);
          if (bind_[slot] == kNonValue) {
            bind_[slot] = o;
            break;
          }
          if (exact_equal(bind_[slot], o)) break;
        }
        return false;
      }
      if (is_list(p)) {
        if (!is_list(o)) return false;
        push(cdr(p), cdr(o));
        p = car(p);
        o = car(o);
        continue;
      }
      if (is_tuple(p)) {
        if (!is_tuple(o) || tuple_arity(o) != tuple_arity(p)) return false;
        Word n = tuple_arity(p);
        if (n == 0) break;
        for (Word i = n; i >= 2; i--) push(tuple_element(p, i), tuple_element(o, i));
        p = tuple_element(p, 1);
        o = tuple_element(o, 1);
        continue;
      }
      if (is_map(p)) {
        if (!is_map(o)) return false;
        const Word* m = boxed_ptr(p);
        Term keys(m[1]);
        const Word* om = boxed_ptr(o);
        Term okeys(om[1]);
        for (Word i = 1; i <= tuple_arity(keys); i++) {
          Term k = tuple_element(keys, i);
          Word j = 1;
          for (; j <= tuple_arity(okeys); j++) {
            if (exact_equal(tuple_element(okeys, j), k)) break;
          }
          if (j > tuple_arity(okeys)) return false;
          push(Term(m[1 + i]), Term(om[1 + j]));
        }
        break;
      }
      if (!exact_equal(p, o)) return false;
      break;
    }
  }
}

Term MatchSpec::all_bindings(Process* p, const MsClause& c) {
  std::vector<Term> items;
  items.reserve(c.vars.size());
  for (int s : c.vars) items.push_back(bind_[s]);
  return make_list_of(p, items.data(), items.size());
}

bool MatchSpec::eval(Process* p, Term e, Term object, Term* out) {
  if (is_atom(e)) {
    int64_t n = var_number(e);
    if (n >= 0) {
      *out = bind_[var_slot(e)];
    } else if (is_dollar_underscore(e)) {
      *out = object;
    } else if (is_dollar_dollar(e)) {
      *out = all_bindings(p, *current_);
    } else {
      *out = e;
    }
    return true;
  }
  if (is_list(e)) {
    std::vector<Term> items;
    for (; is_list(e); e = cdr(e)) {
      Term v;
      if (!eval(p, car(e), object, &v)) return false;
      items.push_back(v);
    }
    Term tail = make_nil();
    if (!is_nil(e) && !eval(p, e, object, &tail)) return false;
    Term l = tail;
    for (size_t i = items.size(); i-- > 0;) l = bifs::make_list_from_cons(p, items[i], l);
    *out = l;
    return true;
  }
  if (is_map(e)) {
    const Word* m = boxed_ptr(e);
    Term keys(m[1]);
    Word n = tuple_arity(keys);
    std::vector<Term> kv;
    for (Word i = 1; i <= n; i++) {
      Term k, v;
      if (!eval(p, tuple_element(keys, i), object, &k) || !eval(p, Term(m[1 + i]), object, &v)) return false;
      kv.push_back(make_tuple2(p, k, v));
    }
    Term list = make_list_of(p, kv.data(), kv.size());
    Term r = bifs::maps_from_list_1(p, &list);
    if (r == kNonValue) {
      forget_exception(p);
      return false;
    }
    *out = r;
    return true;
  }
  if (!is_tuple(e)) {
    *out = e;
    return true;
  }
  Word n = tuple_arity(e);
  Term f = tuple_element(e, 1);
  if (is_tuple(f) && n == 1) {
    Word k = tuple_arity(f);
    std::vector<Term> elems(k);
    for (Word i = 1; i <= k; i++) {
      if (!eval(p, tuple_element(f, i), object, &elems[i - 1])) return false;
    }
    Word* hp = p->alloc(1 + k);
    hp[0] = make_header(Subtag::kTuple, k);
    for (Word i = 0; i < k; i++) hp[1 + i] = elems[i].raw();
    *out = make_boxed(hp);
    return true;
  }
  std::string_view name = atom_text(f);
  if (name == "const") {
    *out = tuple_element(e, 2);
    return true;
  }
  if (name == "self") {
    *out = p->pid;
    return true;
  }
  if (name == "node" && n == 1) {
    *out = atoms::am_nonode_nohost;
    return true;
  }
  if (name == "andalso" || name == "orelse") {
    bool is_and = name == "andalso";
    for (Word i = 2; i <= n; i++) {
      Term v;
      if (!eval(p, tuple_element(e, i), object, &v)) return false;
      if (i == n) {  // the last operand's value is the result, boolean or not
        *out = v;
        return true;
      }
      if (v != atoms::am_true && v != atoms::am_false) return false;
      if ((v == atoms::am_true) != is_and) {
        *out = v;
        return true;
      }
    }
    *out = is_and ? atoms::am_true : atoms::am_false;
    return true;
  }
  std::vector<Term> args(n - 1);
  for (Word i = 2; i <= n; i++) {
    if (!eval(p, tuple_element(e, i), object, &args[i - 2])) return false;
  }
  if (name == "and" || name == "or") {
    bool is_and = name == "and";
    bool acc = is_and;
    for (Term v : args) {
      if (v != atoms::am_true && v != atoms::am_false) return false;
      acc = is_and ? (acc && v == atoms::am_true) : (acc || v == atoms::am_true);
    }
    *out = bifs::make_bool(acc);
    return true;
  }
  if (name == "node") {  // node/1: every pid, port and ref is local
    if (!is_local_pid(args[0]) && !is_local_port(args[0]) && !is_reference(args[0])) return false;
    *out = atoms::am_nonode_nohost;
    return true;
  }
  const ExportEntry* ex = guard_bif(f, uint32_t(n - 1));
  if (!ex || !ex->bif) return false;
  Term r = ex->bif(p, args.data());
  if (r == kNonValue) {
    forget_exception(p);
    return false;
  }
  *out = r;
  return true;
}

const ExportEntry* MatchSpec::guard_bif(Term f, uint32_t arity) {
  for (const auto& [g, a, e] : bifs_) {
    if (g == f && a == arity) return e;
  }
  const ExportEntry* e = find_export(atoms::am_erlang, f, arity);
  bifs_.emplace_back(f, arity, e);
  return e;
}

bool MatchSpec::eval_guards(Process* p, Term guards, Term object) {
  for (; is_list(guards); guards = cdr(guards)) {
    Term v;
    if (!eval(p, car(guards), object, &v) || v != atoms::am_true) return false;
  }
  return true;
}

bool MatchSpec::eval_body(Process* p, Term body, Term object, Term* out) {
  // Only the last expression's failure makes the result 'EXIT' (ERTS):
  // the others, free of side effects here, are skipped.
  if (!is_list(body)) {  // trace specs may have an empty body
    *out = atoms::am_true;
    return true;
  }
  while (is_list(cdr(body))) body = cdr(body);
  if (!eval(p, car(body), object, out)) *out = atoms::am_EXIT;
  return true;
}

bool MatchSpec::run(Process* p, Term object, Term* result) {
  for (const MsClause& c : clauses_) {
    std::fill(bind_.begin(), bind_.end(), kNonValue);
    if (!match(c.head, object)) continue;
    current_ = &c;
    if (!eval_guards(p, c.guards, object)) continue;
    if (c.returns_object) {
      *result = copy_term(*p, object);
      return true;
    }
    Term v;
    eval_body(p, c.body, object, &v);
    *result = copy_term(*p, v);
    return true;
  }
  return false;
}

bool MatchSpec::run_is_true(Process* p, Term object) {
  for (const MsClause& c : clauses_) {
    std::fill(bind_.begin(), bind_.end(), kNonValue);
    if (!match(c.head, object)) continue;
    current_ = &c;
    if (!eval_guards(p, c.guards, object)) continue;
    if (c.returns_object) return false;
    Term v;
    eval_body(p, c.body, object, &v);
    return v == atoms::am_true;
  }
  return false;
}

bool MatchSpec::run_trace(Process* p, Term args, Term* result, std::vector<Term>* flags) {
  for (const MsClause& c : clauses_) {
    std::fill(bind_.begin(), bind_.end(), kNonValue);
    if (!match(c.head, args)) continue;
    current_ = &c;
    if (!eval_guards(p, c.guards, args)) continue;
    Term r = atoms::am_true;
    for (Term b = c.body; is_list(b); b = cdr(b)) {
      Term e = car(b);
      Term f = is_tuple(e) && tuple_arity(e) >= 1 ? tuple_element(e, 1) : kNonValue;
      if (f == atoms::am_message && tuple_arity(e) == 2) {
        Term v;
        r = eval(p, tuple_element(e, 2), args, &v) ? v : atoms::am_EXIT;
      } else if ((f == atoms::am_return_trace || f == atoms::am_exception_trace) && tuple_arity(e) == 1) {
        flags->push_back(f);
      } else {
        Term ignored;
        (void)eval(p, e, args, &ignored);
      }
    }
    *result = copy_term(*p, r);
    return true;
  }
  return false;
}

}  // namespace openbeam::ets
