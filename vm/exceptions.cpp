#include "vm/exceptions.hpp"
#include "vm/term_build.hpp"

#include <vector>

#include <deque>
#include <mutex>

#include "vm/atom_table.hpp"
#include "vm/utf8.hpp"

namespace openbeam::vm {

namespace {
std::mutex catch_mu;
std::deque<const Word*> catch_table;

// [{file, "m.erl"}, {line, N}] or [] for an address.
Term location_of(Process* p, const Module* m, const Word* addr) {
  const LineEntry* le = m->line_at(addr);
  if (!le || le->line == 0) return make_nil();
  const std::string& file = m->files[le->file];
  Word* hp = p->alloc(2 * file.size());
  Term s = make_nil();
  // File names are UTF-8; a string is a list of code points.
  std::vector<uint32_t> cps = utf8_code_points(file);
  for (size_t i = cps.size(); i > 0; i--) {
    hp[2 * (i - 1)] = make_small(cps[i - 1]).raw();
    hp[2 * (i - 1) + 1] = s.raw();
    s = make_list(hp + 2 * (i - 1));
  }
  Term items[2] = {make_tuple2(p, atoms::am_file, s), make_tuple2(p, atoms::am_line, make_small(le->line))};
  return make_list_of(p, items, 2);
}

// The module whose format_error/2 explains errors of BIFs in `mod`.
Term error_info_module(Term mod) {
  std::string_view m = atom_text(mod);
  if (m == "erlang" || m == "atomics" || m == "counters" || m == "erts_internal" || m == "persistent_term") {
    return atoms::am_erl_erts_errors;
  }
  if (m == "os") return atoms::am_erl_kernel_errors;
  if (m == "binary" || m == "ets" || m == "lists" || m == "maps" || m == "math" || m == "re" || m == "unicode") {
    return atoms::am_erl_stdlib_errors;
  }
  return kNonValue;
}

Term make_map1(Process* p, Term k, Term v) {
  Word* keys = p->alloc(2);
  keys[0] = make_header(Subtag::kTuple, 1);
  keys[1] = k.raw();
  Word* m = p->alloc(flatmap_words(1));
  m[0] = make_header(Subtag::kMap, 2);
  m[1] = make_boxed(keys).raw();
  m[2] = v.raw();
  return make_boxed(m);
}

// Location list + {error_info, Info}.
Term append_error_info(Process* p, Term loc, Term info) {
  std::vector<Term> items;
  for (Term l = loc; is_list(l); l = cdr(l)) items.push_back(car(l));
  items.push_back(make_tuple2(p, atoms::am_error_info, info));
  return make_list_of(p, items.data(), items.size());
}

// {M, F, Arity, Location} for code address `addr` (a pc, or cp - 1).
bool frame_of(Process* p, const Word* addr, Term* out) {
  Module* m = module_of(addr);
  if (!m) return false;
  const FunctionInfo* fi = m->function_at(addr);
  if (!fi) return false;
  *out = make_tuple4(p, m->name, fi->name, make_small(fi->arity), location_of(p, m, addr));
  return true;
}
}  // namespace

Term make_list_of(Process* p, const Term* items, size_t n) { return build_list(*p, items, n); }
Term make_tuple2(Process* p, Term a, Term b) { return build_tuple(*p, {a, b}); }
Term make_tuple3(Process* p, Term a, Term b, Term c) { return build_tuple(*p, {a, b, c}); }
Term make_tuple4(Process* p, Term a, Term b, Term c, Term d) { return build_tuple(*p, {a, b, c, d}); }

Term exception_class_atom(ExcClass c) {
  switch (c) {
    case ExcClass::kError: return atoms::am_error;
    case ExcClass::kExit: return atoms::am_exit;
    case ExcClass::kThrow: return atoms::am_throw;
  }
  return atoms::am_error;
}

bool set_exception_class(Process* p, Term cls) {
  if (cls == atoms::am_error) p->exc_class = ExcClass::kError;
  else if (cls == atoms::am_exit) p->exc_class = ExcClass::kExit;
  else if (cls == atoms::am_throw) p->exc_class = ExcClass::kThrow;
  else return false;
  return true;
}

Term raise_error(Process* p, Term reason) {
  p->exc_class = ExcClass::kError;
  p->exc_reason = reason;
  p->raise.clear();
  return kNonValue;
}
Term raise_exit(Process* p, Term reason) {
  raise_error(p, reason);
  p->exc_class = ExcClass::kExit;
  return kNonValue;
}
Term raise_throw(Process* p, Term reason) {
  raise_error(p, reason);
  p->exc_class = ExcClass::kThrow;
  return kNonValue;
}

void capture_bif_args(Process* p, const ExportEntry* e, const Term* x) {
  // Only the first capture counts (an inner BIF may have recorded its own).
  if (p->raise.mfa) return;
  // erlang:error/1,2,3, exit/1 and throw/1 raise "from the caller".
  if (e->bif && e->module == atoms::am_erlang) {
    Term f = e->function;
    if ((f == atoms::am_error && e->arity <= 3) || ((f == atoms::am_exit || f == atoms::am_throw) && e->arity == 1)) {
      return;
    }
  }
  p->raise.mfa = e;
  p->raise.args = make_list_of(p, x, e->arity);
}

void build_stacktrace_from(Process* p, const Word* pc, const Word* cp, const Word* E,
                           bool at_func_info) {
  if (p->raise.preset_trace) {  // erlang:raise/3 brought its own trace
    p->raise.clear();
    return;
  }
  if (!p->raise.mfa && p->raise.caller_args == kNonValue && p->raise.bs_cause == kNonValue &&
      p->raise.error_info == kNonValue && !at_func_info) {
    // The common case (throw, error/1, badmatch, ...): record only the code
    // addresses; the frames are built if and when Erlang code asks for them
    // (most catches never do).
    Word addrs[kBacktraceDepth + 2];
    unsigned k = 0;
    if (pc && module_of(pc)) addrs[k++] = reinterpret_cast<Word>(pc);
    if (cp) addrs[k++] = reinterpret_cast<Word>(cp - 1);
    Word prev = reinterpret_cast<Word>(cp);
    for (const Word* s = E; s < p->heap_end && k < kBacktraceDepth; s++) {
      Word w = *s;
      if (w != 0 && (w & 3) == 0 && w != prev) {  // like erl: repeated return addresses once
        addrs[k++] = reinterpret_cast<Word>(reinterpret_cast<const Word*>(w) - 1);
        prev = w;
      }
    }
    Word* hp = p->alloc(2 + k);
    hp[0] = make_header(Subtag::kTuple, 1 + k);
    hp[1] = atoms::am_openbeam_lazy_trace.raw();
    for (unsigned i = 0; i < k; i++) hp[2 + i] = make_small(int64_t(addrs[i])).raw();
    p->exc_stacktrace = make_tuple2(p, exception_class_atom(p->exc_class), make_boxed(hp));
    p->raise.clear();
    return;
  }
  Term frames[kBacktraceDepth];
  unsigned n = 0;
  Module* m = module_of(pc);
  if (p->raise.mfa) {
    // Raised by a BIF: {M, F, Args, [{error_info, #{module => ...}}]} on
    // top; by an undefined function: {M, F, Args, []}. Then the caller.
    const ExportEntry* e = p->raise.mfa;
    Term loc = make_nil();
    bool native = e->bif || e->address == e->stub;
    Term fmt = native ? error_info_module(e->module) : kNonValue;
    if (fmt != kNonValue) {
      Term map = make_map1(p, atoms::am_module, fmt);
      if (p->raise.cause != kNonValue) {
        // #{cause => C, module => M} (keys in term order)
        Word* keys = p->alloc(3);
        keys[0] = make_header(Subtag::kTuple, 2);
        keys[1] = atoms::am_cause.raw();
        keys[2] = atoms::am_module.raw();
        Word* mp = p->alloc(flatmap_words(2));
        mp[0] = make_header(Subtag::kMap, 3);
        mp[1] = make_boxed(keys).raw();
        mp[2] = p->raise.cause.raw();
        mp[3] = fmt.raw();
        map = make_boxed(mp);
      }
      Term items[1] = {make_tuple2(p, atoms::am_error_info, map)};
      loc = make_list_of(p, items, 1);
    }
    frames[n++] = make_tuple4(p, e->module, e->function, p->raise.args, loc);
    if (m && n < kBacktraceDepth && frame_of(p, pc, &frames[n])) n++;
  } else if (p->raise.caller_args != kNonValue) {
    // erlang:error/2,3: the caller's frame shows the given arguments.
    Term args = p->raise.caller_args;
    const Word* where = m ? pc : cp ? cp - 1 : nullptr;
    Module* wm = where ? module_of(where) : nullptr;
    if (wm) {
      const FunctionInfo* fi = wm->function_at(where);
      Term loc = location_of(p, wm, where);
      if (p->raise.error_info != kNonValue) loc = append_error_info(p, loc, p->raise.error_info);
      frames[n++] = make_tuple4(p, wm->name, fi ? fi->name : atoms::am_undefined, args, loc);
    }
    if (!m) cp = nullptr;  // already used
  } else if (at_func_info && m) {
    // function_clause: {M, F, Args, Location of the function}.
    const FunctionInfo* fi = m->function_at(pc);
    Term args = p->raise.args == kNonValue ? make_small(fi ? fi->arity : 0) : p->raise.args;
    frames[n++] = make_tuple4(p, m->name, fi ? fi->name : atoms::am_undefined, args, location_of(p, m, pc));
  } else if (m && frame_of(p, pc, &frames[n])) {
    if (p->raise.error_info != kNonValue) {
      boxed_ptr(frames[n])[4] = append_error_info(p, tuple_element(frames[n], 4), p->raise.error_info).raw();
    }
    if (p->raise.bs_cause != kNonValue) {
      // A failed <<...>>: the location gets
      // {error_info, #{cause => C, function => format_bs_fail, module => erl_erts_errors}}.
      Term loc = tuple_element(frames[n], 4);
      Word* keys = p->alloc(4);
      keys[0] = make_header(Subtag::kTuple, 3);
      keys[1] = atoms::am_cause.raw();
      keys[2] = atoms::am_function.raw();
      keys[3] = atoms::am_module.raw();
      Word* mp = p->alloc(flatmap_words(3));
      mp[0] = make_header(Subtag::kMap, 4);
      mp[1] = make_boxed(keys).raw();
      mp[2] = p->raise.bs_cause.raw();
      mp[3] = atoms::am_format_bs_fail.raw();
      mp[4] = atoms::am_erl_erts_errors.raw();
      Term info = make_tuple2(p, atoms::am_error_info, make_boxed(mp));
      // Append to the location list.
      std::vector<Term> items;
      for (Term l = loc; is_list(l); l = cdr(l)) items.push_back(car(l));
      items.push_back(info);
      boxed_ptr(frames[n])[4] = make_list_of(p, items.data(), items.size()).raw();
    }
    n++;
  }
  // The continuation, then every return address on the stack.
  // Like erl, a return address equal to the one before it (recursion through
  // the same call site) is recorded once.
  if (cp && n < kBacktraceDepth && frame_of(p, cp - 1, &frames[n])) n++;
  Word prev = reinterpret_cast<Word>(cp);
  for (const Word* s = E; s < p->heap_end && n < kBacktraceDepth; s++) {
    Word w = *s;
    if (w != 0 && (w & 3) == 0 && w != prev) {
      prev = w;
      if (frame_of(p, reinterpret_cast<const Word*>(w) - 1, &frames[n])) n++;
    }
  }
  p->raise.clear();
  Term list = make_list_of(p, frames, n);
  p->exc_stacktrace = make_tuple2(p, exception_class_atom(p->exc_class), list);
}

Term raw_trace_list(Process* p, Term raw) {
  if (!is_tuple(raw) || tuple_arity(raw) != 2) return make_nil();
  Term t = tuple_element(raw, 2);
  if (is_tuple(t) && tuple_arity(t) >= 1 && tuple_element(t, 1) == atoms::am_openbeam_lazy_trace) {
    // Build the frames now and keep them in the raw trace.
    Term frames[kBacktraceDepth];
    unsigned n = 0;
    for (Word i = 2; i <= tuple_arity(t) && n < kBacktraceDepth; i++) {
      const Word* addr = reinterpret_cast<const Word*>(small_value(tuple_element(t, i)));
      if (frame_of(p, addr, &frames[n])) n++;
    }
    // frame_of allocates; re-read the raw trace's slot only via its pointer.
    Term list = make_list_of(p, frames, n);
    boxed_ptr(raw)[2] = list.raw();
    p->stored_into(boxed_ptr(raw));  // the raw trace may be old data
    return list;
  }
  return t;
}

void raise_from_raw_trace(Process* p, Term raw, Term value) {
  p->exc_reason = value;
  p->exc_stacktrace = raw;
  p->raise.clear();
  if (is_tuple(raw) && tuple_arity(raw) == 2) set_exception_class(p, tuple_element(raw, 1));
}

Term raise_with_trace(Process* p, Term cls, Term reason, Term trace) {
  // erlang:raise/3 with a bad class or stack trace *returns* badarg.
  if (cls != atoms::am_error && cls != atoms::am_exit && cls != atoms::am_throw) return atoms::am_badarg;
  // Frames are {M, F, ArityOrArgs[, Location]} or {Fun, ArityOrArgs[,
  // Location]}; like ERTS, a frame without a location gets [].
  std::vector<Term> frames;
  bool changed = false;
  for (Term l = trace;; l = cdr(l)) {
    if (is_nil(l)) break;
    if (!is_list(l)) return atoms::am_badarg;
    Term fr = car(l);
    if (!is_tuple(fr)) return atoms::am_badarg;
    Word n = tuple_arity(fr);
    bool mfa = n >= 3 && is_atom(tuple_element(fr, 1)) && is_atom(tuple_element(fr, 2));
    bool fun = n >= 2 && (is_closure(tuple_element(fr, 1)) || is_export_fun(tuple_element(fr, 1)));
    Word a_pos = mfa ? 3 : 2;
    if (!(mfa && (n == 3 || n == 4)) && !(fun && (n == 2 || n == 3))) return atoms::am_badarg;
    Term a = tuple_element(fr, a_pos);
    if (!is_small(a) && !is_list(a) && !is_nil(a)) return atoms::am_badarg;
    if (n > a_pos && !is_list(tuple_element(fr, n)) && !is_nil(tuple_element(fr, n))) return atoms::am_badarg;
    if (n == a_pos) {
      Word* hp = p->alloc(n + 2);
      hp[0] = make_header(Subtag::kTuple, n + 1);
      for (Word i = 1; i <= n; i++) hp[i] = tuple_element(fr, i).raw();
      hp[n + 1] = make_nil().raw();
      fr = make_boxed(hp);
      changed = true;
    }
    frames.push_back(fr);
  }
  if (changed) trace = make_list_of(p, frames.data(), frames.size());
  set_exception_class(p, cls);
  p->exc_reason = reason;
  p->raise.clear();
  p->exc_stacktrace = make_tuple2(p, cls, trace);
  p->raise.preset_trace = true;
  return kNonValue;
}

Term register_catch(const Word* handler) {
  std::lock_guard<std::mutex> lock(catch_mu);
  catch_table.push_back(handler);
  return make_catch(uint32_t(catch_table.size() - 1));
}

const Word* catch_target(Term c) {
  std::lock_guard<std::mutex> lock(catch_mu);
  return catch_table[c.raw() >> 6];
}

const Word* find_catch(Process* p) {
  if (p->catches <= 0) return nullptr;
  Word* prev = p->stop;
  for (Word* s = p->stop; s < p->heap_end; s++) {
    Term w(*s);
    if (w.raw() != 0 && (w.raw() & 3) == 0) {
      prev = s;
    } else if (is_catch(w)) {
      uint32_t idx = uint32_t(w.raw() >> 6);
      *s = make_nil().raw();
      p->stop = prev;
      std::lock_guard<std::mutex> lock(catch_mu);
      return catch_table[idx];
    }
  }
  return nullptr;
}

}  // namespace openbeam::vm
