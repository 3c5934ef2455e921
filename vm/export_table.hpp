// Export entries: one per {Module, Function, Arity} ever referenced.
//
// `fun M:F/A` terms and external calls point at an entry; entries are never
// freed or moved, so code and terms can hold raw pointers. The interpreter
// issue adds the code address that reloading re-points.
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

struct ExportEntry {
  Term module;
  Term function;
  uint32_t arity;
};

// Finds or creates the entry for M:F/A (atoms, arity 0..255).
const ExportEntry* export_entry(Term module, Term function, uint32_t arity);

}  // namespace openbeam::vm
