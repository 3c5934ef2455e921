#include "bifs/bifs.hpp"
#include "vm/bignum.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/interp.hpp"
#include "vm/utf8.hpp"

namespace openbeam::bifs {

void register_bifs() {
#define NATIVE(mod, name, arity) \
  vm::export_entry(vm::atom(mod), vm::atom(name), arity)->erts_native = true;
#include "otp25_native_functions.inc"
#undef NATIVE
#define BIF(mod, name, arity, cname) \
  vm::set_export_bif(vm::export_entry(vm::atom(mod), vm::atom(name), arity), cname);
#include "bifs/bif_table.def"
#undef BIF
#define NIF(mod, name, arity, cname) \
  vm::register_builtin_nif(vm::atom(mod), vm::atom(name), arity, cname);
#include "bifs/nif_table.def"
#undef NIF
  // apply/2,3 are tail calls into their target, not native functions.
  vm::set_export_apply(vm::export_entry(vm::atoms::am_erlang, vm::atoms::am_apply, 2), 2);
  vm::set_export_apply(vm::export_entry(vm::atoms::am_erlang, vm::atoms::am_apply, 3), 3);
  install_process_hooks();
}

Term badarg_cause(Process* p, Term cause) {
  vm::badarg(p);  // clears the raise details: the cause goes in after
  p->raise.cause = cause;
  return vm::kNonValue;
}

bool term_to_uint64(Term t, uint64_t* v) {
  if (vm::is_small(t)) {
    if (vm::small_value(t) < 0) return false;
    *v = uint64_t(vm::small_value(t));
    return true;
  }
  if (!vm::is_bignum(t)) return false;
  vm::BigView b = vm::big_view(t);
  if (b.negative || b.n != 1) return false;
  *v = b.limbs[0];
  return true;
}

bool term_to_int64(Term t, int64_t* v) {
  if (vm::is_small(t)) {
    *v = vm::small_value(t);
    return true;
  }
  if (!vm::is_bignum(t)) return false;
  vm::BigView b = vm::big_view(t);
  if (b.n != 1) return false;
  uint64_t limit = b.negative ? uint64_t(INT64_MAX) + 1 : uint64_t(INT64_MAX);
  if (b.limbs[0] > limit) return false;
  *v = b.negative ? int64_t(0 - b.limbs[0]) : int64_t(b.limbs[0]);
  return true;
}

Term make_bool(bool b) { return b ? vm::atoms::am_true : vm::atoms::am_false; }

Term make_list_from(Process* p, const Term* items, size_t n) { return vm::make_list_of(p, items, n); }

Term make_list_from_cons(Process* p, Term head, Term tail) {
  vm::Word* hp = p->alloc(2);
  hp[0] = head.raw();
  hp[1] = tail.raw();
  return vm::make_list(hp);
}

bool char_list_utf8(Term l, std::string& out) {
  for (; vm::is_list(l); l = vm::cdr(l)) {
    Term c = vm::car(l);
    if (!vm::is_small(c) || vm::small_value(c) < 0 || vm::small_value(c) > 0x10FFFF) return false;
    vm::utf8_append(out, uint32_t(vm::small_value(c)));
  }
  return vm::is_nil(l);
}

Term make_char_list_utf8(Process* p, std::string_view utf8) {
  std::vector<Term> cps;
  for (uint32_t cp : vm::utf8_code_points(utf8)) cps.push_back(vm::make_small(cp));
  return vm::make_list_of(p, cps.data(), cps.size());
}

int64_t list_length(Term l) {
  int64_t n = 0;
  while (vm::is_list(l)) {
    n++;
    l = vm::cdr(l);
  }
  return vm::is_nil(l) ? n : -1;
}

}  // namespace openbeam::bifs
