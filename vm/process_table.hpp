// The process table (pid -> process) and the registered-name table.
//
// A local pid is <0.Number.Serial> with ERTS's limits (Number < 2^15,
// Serial < 2^13); together they name a table slot and how often it was
// reused, so a stale pid never finds a new process. Both tables take a lock, so they are ready for N schedulers.
#pragma once

#include <cstddef>
#include <vector>

#include "vm/process.hpp"

namespace openbeam::vm {

// Gives `p` a fresh pid and makes it findable; false when the table is full
// (system_limit).
bool add_process(Process* p);
size_t max_processes();
// The live (not yet removed) process with this pid, or null.
Process* lookup_process(Term pid);
// Forgets `p` (it keeps its pid term; lookups of it fail from now on).
void remove_process(Process* p);
size_t process_count();
std::vector<Term> all_pids();  // in pid order

// Registered names: false when the name or the process already has one.
bool register_name(Term name, Process* p);
bool unregister_name(Term name);
Term whereis_name(Term name);  // the pid, or kNonValue
std::vector<Term> registered_names();

}  // namespace openbeam::vm
