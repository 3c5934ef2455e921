// Native functions (BIFs): declarations derived from bif_table.def.
#pragma once

#include <string_view>

#include "vm/exceptions.hpp"
#include "vm/process.hpp"
#include "vm/term.hpp"

namespace openbeam::bifs {

using vm::Process;
using vm::Term;

#define BIF(mod, name, arity, cname) Term cname(Process* p, Term* args);
#include "bifs/bif_table.def"
#undef BIF
#define NIF(mod, name, arity, cname) Term cname(Process* p, Term* args);
#include "bifs/nif_table.def"
#undef NIF

// Points every export entry named in bif_table.def at its native function.
void register_bifs();

// Exit hooks and message senders other subsystems need (process_bifs.cpp).
void install_process_hooks();
// A booted system: uncaught errors are reported through the system logger
// (bifs/vm_error_reports.cpp).
void install_boot_error_reports();
// Closes the files a terminating process opened (prim_file_handles.cpp).
void prim_file_process_exited(Process* p);

// #{error_logger => B, kill => B, size => N} (process_info, process_flag).
Term max_heap_map(Process* p, const vm::ProcessSettings& s);
// spawn_opt/process_flag/system_flag GC settings: the old value, or
// kNonValue for a bad value (bifs/process_bifs.cpp).
Term set_gc_setting(vm::ProcessSettings* s, Term key, Term v);
// max_heap_size as a number or map into *s; false for a bad value.
bool parse_max_heap(Term v, vm::ProcessSettings* s);

// Helpers shared by BIF families.
// A non-negative integer that fits 64 bits (ERTS's term_to_Uint).
bool term_to_uint64(Term t, uint64_t* v);
// An integer that fits a signed 64-bit word (ERTS's term_to_Sint64).
bool term_to_int64(Term t, int64_t* v);
Term make_bool(bool b);
// Builds a proper list of `n` terms.
Term make_list_from(Process* p, const Term* items, size_t n);
// [head | tail]
Term make_list_from_cons(Process* p, Term head, Term tail);
// The list of code points of UTF-8 text.
Term make_char_list_utf8(Process* p, std::string_view utf8);
// erlang:system_info(system_version) without the newline.
std::string system_version_text();
// A flat list of code points as UTF-8 text; false if it is not one.
bool char_list_utf8(Term l, std::string& out);
// Length of a proper list, or -1 if `l` is not one.
int64_t list_length(Term l);
// A BIF that worked through `units` of input (bytes, list cells, terms)
// charges one reduction per `per_reduction` of them; the interpreter takes
// the charge right after the BIF returns and switches processes when the
// time slice is used up (ERTS's BUMP_REDS). Cheap inputs charge nothing.
constexpr size_t kBytesPerReduction = 32;
constexpr size_t kCellsPerReduction = 8;
inline void charge_reductions(Process* p, size_t units, size_t per_reduction) {
  size_t r = units / per_reduction;
  if (r == 0) return;
  p->bif_reds += int64_t(r);
  p->attention = true;
}
// Raises badarg with an error_info cause (badopt, badtype, ...).
Term badarg_cause(Process* p, Term cause);
// binary:part/3 and erlang:binary_part/3 (bifs/binary_module.cpp).
Term binary_part_of(Process* p, Term bin, Term pos, Term len);

}  // namespace openbeam::bifs
