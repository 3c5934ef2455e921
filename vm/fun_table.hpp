// The table of fun entries by identity, for funs in the external format.
//
// A local fun is identified as in ERTS (erl_fun.c): module, OldIndex,
// OldUniq, Index, apparent arity and the module's MD5 (Uniq); we add the
// number of free variables so a closure's environment always matches its
// entry's code. Loaded modules register their entries; decoding a
// NEW_FUN_EXT finds the loaded entry or makes a stub entry (no code,
// `module` and `address` null) that stays valid for the VM's lifetime and is
// shared by every fun with that identity. Calling a stub-backed fun loads
// the module and looks again (vm/code.hpp: load_unloaded_fun).
#pragma once

#include <cstdint>

#include "vm/code.hpp"

namespace openbeam::vm {

struct FunIdentity {
  Term module;
  uint8_t uniq[16];
  uint32_t index, old_index;
  int32_t old_uniq;
  uint32_t arity;  // apparent arity (what the fun is called with)
  uint32_t num_free;
};

// Makes `fe` (an entry of a module being published) the one funs with its
// identity resolve to; replaces an earlier module's entry with the same
// identity.
void fun_table_register(const FunEntry* fe);

// The loaded entry with this identity, or else its stub entry.
const FunEntry* fun_table_get(const FunIdentity& id);

// The loaded entry with the identity of `fe` (a stub), or nullptr.
const FunEntry* fun_table_loaded(const FunEntry* fe);

}  // namespace openbeam::vm
