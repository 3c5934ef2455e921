// Running Erlang code.
#pragma once

#include "vm/code.hpp"
#include "vm/process.hpp"

namespace openbeam::vm {

// How a time slice ended: reductions used up (or erlang:yield/0), waiting in
// receive, or the process terminated (p->exit_reason; p->crashed when an
// exception escaped, p->exc_* describe it).
enum class RunResult { kYield, kWait, kExit };

// Runs `p` (registers p->x, p->fr of its scheduler) from p->pc / p->cp with
// p->arity saved x registers, for about `budget` reductions.
// run_process(nullptr, 0) only publishes the handler table.
RunResult run_process(Process* p, int budget);

// Points erlang:apply/2,3's export entries at the apply stub.
void set_export_apply(ExportEntry* e, unsigned arity);
// Points an export entry at a native function.
void set_export_bif(ExportEntry* e, BifFn fn);

// ERTS's BIF_TRAP: a BIF ends with `return bif_trap(p, e, args, n)` to
// continue in `e` (usually Erlang code) with those arguments, as a tail
// call in place of the BIF. Only for BIFs called through call_ext/apply
// (not guard BIFs).
Term bif_trap(Process* p, const ExportEntry* e, const Term* args, unsigned n);

}  // namespace openbeam::vm
