// Helpers shared by the ETS BIF files: table lookup with access checks and
// erl's badarg causes (error_info #{cause => C, module => erl_stdlib_errors}).
#pragma once

#include <mutex>
#include <shared_mutex>

#include "bifs/bifs.hpp"
#include "bifs/ets/ets_table.hpp"
#include "vm/atom_table.hpp"
#include "vm/exceptions.hpp"

namespace openbeam::ets {

// badarg with a cause (kNonValue: none, like ERTS without EXF_HAS_EXT_INFO).
inline Term ets_badarg(Process* p, Term cause) {
  vm::badarg(p);
  if (cause != vm::kNonValue) p->raise.cause = cause;
  return vm::kNonValue;
}

enum class Need { kRead, kWrite };

// The table named by `id` if it exists and `p` may read (or write) it;
// otherwise null after raising badarg with cause id or access.
TablePtr table_for(Process* p, Term id, Need need);

// Runs f(Table&) with the table locked for reading or writing, after the
// existence and access checks (badarg with cause id/access otherwise).
template <class F>
Term with_table(Process* p, Term id, Need need, F f) {
  TablePtr t = table_for(p, id, need);
  if (!t) return vm::kNonValue;
  if (need == Need::kRead) {
    std::shared_lock lock(t->lock);
    if (t->dead.load()) return ets_badarg(p, vm::atoms::am_id);
    return f(*t);
  }
  std::unique_lock lock(t->lock);
  if (t->dead.load()) return ets_badarg(p, vm::atoms::am_id);
  return f(*t);
}

// The tid term of a table for a process: the name for named tables, a
// fresh copy of its reference otherwise (never a pointer into the table).
Term table_id_term(Process* p, const Table& t);

}  // namespace openbeam::ets
