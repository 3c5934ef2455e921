// Stand-ins for the interpreter's entry points in the fuzz build of the
// runtime (vm/interp.cpp is not compiled there: see CMakeLists.txt). The
// text harness never runs Erlang code; reaching one of these is a bug,
// except set_export_bif: BIFs that work in slices point their trap's export
// entry at a native function, which the harness calls itself (no threaded
// code stub without the interpreter).
#include <cstdlib>

#include "vm/code.hpp"
#include "vm/export_table.hpp"
#include "vm/interp.hpp"

namespace openbeam::vm {

RunResult run_process(Process*, int) { std::abort(); }
void set_export_apply(ExportEntry*, unsigned) { std::abort(); }
void set_export_bif(ExportEntry* e, BifFn fn) { e->bif = fn; }
const void* instr_handler(Instr) { std::abort(); }
std::optional<Instr> instr_of_handler(const void*) { std::abort(); }

}  // namespace openbeam::vm
