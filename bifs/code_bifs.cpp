// Code and fun introspection BIFs.
#include "bifs/bifs.hpp"
#include "vm/bits.hpp"
#include "vm/atom_table.hpp"
#include "vm/code.hpp"
#include "vm/export_table.hpp"
#include "vm/term_display.hpp"
#include "vm/term_write.hpp"

namespace openbeam::bifs {

using namespace vm;

Term erl_module_loaded(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  return make_bool(find_module(a[0]) != nullptr);
}

Term erl_function_exported(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return badarg(p);
  int64_t ar = small_value(a[2]);
  if (ar < 0 || ar > 255) return badarg(p);
  ExportEntry* e = find_export(a[0], a[1], uint32_t(ar));
  // Native functions count as exported only when their module is loaded.
  if (!e || !e->address) return make_bool(false);
  if (e->bif || e->address == e->stub) return make_bool(find_module(a[0]) != nullptr);
  return make_bool(true);
}

Term erl_is_builtin(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return badarg(p);
  ExportEntry* e = find_export(a[0], a[1], uint32_t(small_value(a[2])));
  return make_bool(e && (e->bif || e->address == e->stub));
}

Term erl_make_fun(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_atom(a[1]) || !is_small(a[2])) return badarg(p);
  int64_t ar = small_value(a[2]);
  if (ar < 0 || ar > 255) return badarg(p);
  Word* hp = p->alloc(2);
  hp[0] = make_header(Subtag::kExport, 1);
  hp[1] = reinterpret_cast<Word>(export_entry(a[0], a[1], uint32_t(ar)));
  return make_boxed(hp);
}

// The text erlang:display shows: "fun M:F/A" or "#Fun<M.Index.Uniq>".
Term erl_fun_to_list(Process* p, Term* a) {
  if (!is_fun(a[0])) return badarg(p);
  return make_char_list_utf8(p, is_closure(a[0]) ? display_term(a[0]) : write_term(a[0]));
}

Term erl_fun_info_2(Process* p, Term* a) {
  Term f = a[0], what = a[1];
  if (!is_fun(f) || !is_atom(what)) return badarg(p);
  std::string_view w = atom_text(what);
  Term v;
  if (is_export_fun(f)) {
    const ExportEntry* e = export_fun_entry(f);
    if (w == "type") v = atoms::am_external;
    else if (w == "module") v = e->module;
    else if (w == "name") v = e->function;
    else if (w == "arity") v = make_small(e->arity);
    else if (w == "env") v = make_nil();
    else if (w == "pid" || w == "index" || w == "new_index" || w == "new_uniq" || w == "uniq") v = atoms::am_undefined;
    else return badarg(p);
  } else {
    const FunEntry* fe = closure_entry(f);
    if (w == "type") v = atoms::am_local;
    else if (w == "module") v = fe->module_name;
    else if (w == "name") v = fe->function;
    else if (w == "arity") v = make_small(fe->arity - fe->num_free);
    else if (w == "env") {
      v = make_list_from(p, closure_env(f), closure_num_free(f));
    } else if (w == "index") v = make_small(fe->old_index);
    else if (w == "uniq") v = make_small(fe->old_uniq);
    else if (w == "new_index") v = make_small(fe->index);
    else if (w == "new_uniq") v = make_binary(*p, fe->uniq, sizeof fe->uniq);
    else if (w == "pid") v = closure_creator(f);
    else return badarg(p);
  }
  return make_tuple2(p, what, v);
}

// {Module, Function, Arity} of a fun; for a closure the function is its
// lambda's (e.g. '-expr/6-fun-2-') and the arity excludes the free variables.
// proc_lib uses it for the initial call of spawned funs.
Term erl_fun_info_mfa_1(Process* p, Term* a) {
  Term f = a[0];
  if (!is_fun(f)) return badarg(p);
  if (is_export_fun(f)) {
    const ExportEntry* e = export_fun_entry(f);
    return make_tuple3(p, e->module, e->function, make_small(e->arity));
  }
  const FunEntry* fe = closure_entry(f);
  return make_tuple3(p, fe->module_name, fe->function, make_small(fe->arity - fe->num_free));
}

}  // namespace openbeam::bifs
