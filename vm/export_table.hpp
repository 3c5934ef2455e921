// Export entries: one per {Module, Function, Arity} ever referenced.
//
// External calls and `fun M:F/A` terms point at an entry; entries are never
// freed or moved, so code and terms hold raw pointers. `address` is where a
// call goes: the function's code when its module is loaded, the entry's own
// stub (threaded code calling the native function) for a BIF, or nullptr:
// then the interpreter loads the module on demand or raises undef.
// Loading a module re-points the entries of its exports.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/term.hpp"

namespace openbeam::vm {

struct Process;
using BifFn = Term (*)(Process* p, Term* args);

struct ExportEntry {
  Term module;
  Term function;
  uint32_t arity;
  const Word* address = nullptr;
  BifFn bif = nullptr;       // set when M:F/A is a native function
  // ERTS implements M:F/A natively (whether or not OpenBEAM has it yet):
  // loading the module's Erlang stub for it must not make it callable, so
  // a missing native function raises undef like any missing function.
  bool erts_native = false;
  Word stub[3] = {0, 0, 0};  // threaded code calling `bif`
};

// Finds or creates the entry for M:F/A (atoms, arity 0..255).
ExportEntry* export_entry(Term module, Term function, uint32_t arity);
// Looks up an existing entry.
ExportEntry* find_export(Term module, Term function, uint32_t arity);
// Every entry of a module (for unloading).
std::vector<ExportEntry*> module_exports(Term module);

}  // namespace openbeam::vm
