// Code loading and purging BIFs: the primitives under the stock code
// server, erlang:load_module/2 and erts_code_purger.
//
//   erts_internal:prepare_loading(Mod, Bin) -> Prepared | {error, badfile}
//     Prepared is a magic reference (resource) holding the loaded, not yet
//     visible module.
//   erlang:finish_loading([Prepared]) -> ok | {Reason, [Mod]}
//     duplicated, not_purged (the module still has old code), or on_load
//     (installed, waiting for its on_load function).
//   erlang:call_on_load_function(Mod), finish_after_on_load(Mod, Keep)
//   erlang:delete_module/1, check_old_code/1, erts_internal:purge_module/2
//   erlang:loaded/0, pre_loaded/0, load_nif/2
#include <algorithm>
#include <map>
#include <set>

#include "bifs/bifs.hpp"
#include "loader/beam_file.hpp"
#include "loader/iff.hpp"
#include "vm/atom_table.hpp"
#include "vm/binary.hpp"
#include "vm/bits.hpp"
#include "vm/code.hpp"
#include "vm/exceptions.hpp"
#include "vm/export_table.hpp"
#include "vm/resource.hpp"

namespace openbeam::bifs {

using namespace vm;

namespace {

struct Prepared {
  std::unique_ptr<Module> module;  // null once finish_loading took it
  Term name;
};

Prepared* prepared_of(Term t) { return Resource<Prepared>::get(t); }

// The exported entry that jumps to a module's on_load function (a BIF trap
// target: call_on_load_function/1 continues there with no arguments).
ExportEntry* on_load_entry(Module* m) {
  static std::map<Module*, std::unique_ptr<ExportEntry>> entries;
  auto& e = entries[m];
  if (!e) {
    e = std::make_unique<ExportEntry>();
    e->module = m->name;
    e->function = atoms::am_on_load;
    e->arity = 0;
    e->address = m->on_load;
  }
  return e.get();
}

Term module_list(Process* p, const std::vector<Term>& mods) {
  Term l = make_nil();
  for (Term m : mods) l = make_list_from_cons(p, m, l);
  return l;
}

}  // namespace

Term erts_internal_prepare_loading_2(Process* p, Term* a) {
  if (!is_atom(a[0]) || !is_binary_term(a[1])) return badarg(p);
  BitsView v = bits_view(a[1]);
  std::vector<uint8_t> bytes(v.bytes);
  for (size_t i = 0; i < v.bytes; i++) bytes[i] = v.byte(i);
  std::string err;
  auto m = prepare_module(bytes.data(), bytes.size(), a[0], &err);
  if (!m) return make_tuple2(p, atoms::am_error, atoms::am_badfile);
  Prepared* pr;
  Term ref = Resource<Prepared>::make(*p, &pr);
  pr->module = std::move(m);
  pr->name = a[0];
  return ref;
}

Term erl_has_prepared_code_on_load_1(Process* p, Term* a) {
  Prepared* pr = prepared_of(a[0]);
  if (!pr || !pr->module) return badarg(p);
  return make_bool(pr->module->on_load != nullptr);
}

Term erl_finish_loading_1(Process* p, Term* a) {
  std::vector<Prepared*> ps;
  Term l = a[0];
  for (; is_list(l); l = cdr(l)) {
    Prepared* pr = prepared_of(car(l));
    if (!pr || !pr->module) return badarg(p);
    ps.push_back(pr);
  }
  if (!is_nil(l) || ps.empty()) return badarg(p);
  std::vector<Term> dups, not_purged, on_load;
  std::set<Word> seen;
  for (Prepared* pr : ps) {
    if (!seen.insert(pr->name.raw()).second) dups.push_back(pr->name);
  }
  if (!dups.empty()) return make_tuple2(p, atoms::am_duplicated, module_list(p, dups));
  for (Prepared* pr : ps) {
    if (find_module(pr->name) && has_old_code(pr->name)) not_purged.push_back(pr->name);
  }
  if (!not_purged.empty()) return make_tuple2(p, atoms::am_not_purged, module_list(p, not_purged));
  for (Prepared* pr : ps) {
    if (!install_module(std::move(pr->module))) on_load.push_back(pr->name);
  }
  if (!on_load.empty()) return make_tuple2(p, atoms::am_on_load, module_list(p, on_load));
  return atoms::am_ok;
}

Term erl_call_on_load_function_1(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  Module* m = on_load_module(a[0]);
  if (!m || !m->on_load) return badarg(p);
  p->trap_to = on_load_entry(m);
  return kTrap;
}

Term erl_finish_after_on_load_2(Process* p, Term* a) {
  if (!is_atom(a[0]) || (a[1] != atoms::am_true && a[1] != atoms::am_false)) return badarg(p);
  if (!finish_on_load(a[0], a[1] == atoms::am_true)) return badarg(p);
  return atoms::am_true;
}

Term erl_delete_module_1(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  if (!find_module(a[0])) return atoms::am_undefined;
  if (has_old_code(a[0])) return badarg(p);  // must be purged first
  delete_module(a[0]);
  return atoms::am_true;
}

Term erl_check_old_code_1(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  return make_bool(has_old_code(a[0]));
}

Term erts_internal_purge_module_2(Process* p, Term* a) {
  if (!is_atom(a[0])) return badarg(p);
  Term op = a[1];
  if (op == atoms::am_prepare) return make_bool(purge_prepare(a[0], false));
  if (op == atoms::am_prepare_on_load) return make_bool(purge_prepare(a[0], true));
  if (op == atoms::am_abort) return atoms::am_true;
  if (op == atoms::am_complete) {
    purge_complete(a[0]);
    return atoms::am_true;
  }
  return badarg(p);
}

Term erl_loaded_0(Process* p, Term*) {
  std::vector<Term> mods = loaded_modules();
  std::reverse(mods.begin(), mods.end());
  return module_list(p, mods);
}

Term erl_pre_loaded_0(Process* p, Term*) {
  std::vector<Term> mods = preloaded_modules();
  std::reverse(mods.begin(), mods.end());
  return module_list(p, mods);
}

// The NIF libraries built into the VM (their functions are installed when
// the module loads: bifs/nif_table.def). Others cannot be loaded: OpenBEAM
// does not dlopen native code.
static bool builtin_nif_library(std::string_view name) {
  return name == "prim_file" || name == "prim_buffer" || name == "zlib" || name == "erl_tracer";
}

Term erl_load_nif_2(Process* p, Term* a) {
  std::string path;
  if (!char_list_utf8(a[0], path)) return badarg(p);
  Module* caller = p->pc ? module_of(p->pc) : nullptr;
  if (!caller) {
    return make_tuple2(p, atoms::am_error,
                       make_tuple2(p, atom("bad_lib"),
                                   make_char_list_utf8(p, "load_nif/2 must be explicitly called from the NIF "
                                                          "module. It cannot be called through apply/3.")));
  }
  std::string base = path.substr(path.rfind('/') + 1);
  if (size_t dot = base.find('.'); dot != std::string::npos) base.resize(dot);
  if (builtin_nif_library(base) && base == atom_text(caller->name)) return atoms::am_ok;
  std::string msg = "Failed to load NIF library " + path + ": '" + path +
                    ".so: cannot open shared object file: No such file or directory'";
  return make_tuple2(p, atoms::am_error, make_tuple2(p, atom("load_failed"), make_char_list_utf8(p, msg)));
}

// erts_internal:beamfile_chunk(Bin, ChunkId): the chunk's bytes (a sub
// binary), or undefined when the file has no such chunk; badarg when Bin is
// not a binary or ChunkId not a 4-character list.
Term erts_internal_beamfile_chunk_2(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  std::string id;
  if (!char_list_utf8(a[1], id) || id.size() != 4) return badarg(p);
  BitsView v = bits_view(a[0]);
  std::vector<uint8_t> scratch;
  const uint8_t* bytes = view_bytes(v, scratch);
  loader::LoadError err;
  auto chunks = loader::read_iff(bytes, v.bytes, &err);
  if (!chunks) return atoms::am_undefined;
  for (const loader::Chunk& c : *chunks) {
    if (id != c.id || c.size == 0) continue;
    size_t offset = size_t(c.data - bytes);
    return make_sub_binary(*p, a[0], offset * 8, size_t(c.size) * 8);
  }
  return atoms::am_undefined;
}

// erts_internal:beamfile_module_md5(Bin): the MD5 module_info(md5) would
// give once loaded, or undefined when Bin is not a loadable .beam.
Term erts_internal_beamfile_module_md5_1(Process* p, Term* a) {
  if (!is_binary_term(a[0])) return badarg(p);
  BitsView v = bits_view(a[0]);
  std::vector<uint8_t> scratch;
  const uint8_t* bytes = view_bytes(v, scratch);
  loader::LoadError err;
  auto bf = loader::read_beam_file(bytes, v.bytes, &err);
  if (!bf) return atoms::am_undefined;
  return make_binary(*p, bf->md5, sizeof bf->md5);
}

}  // namespace openbeam::bifs
