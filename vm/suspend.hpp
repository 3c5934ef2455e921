// erlang:suspend_process/1,2 and resume_process/1: who suspends whom.
//
// A process with a non-zero Process::suspended count is not scheduled: the
// scheduler parks it when it comes out of the run queue (its signals are
// still handled, so it can be killed) and resume puts it back when the count
// drops to zero and it has work. Each suspension belongs to the suspender;
// when either process terminates its suspensions go away (exit hook).
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

struct Process;

// Adds one suspension of `target` by `by`. With `unless_suspending`, does
// nothing and returns false when `by` already suspends `target`.
bool suspend_process(Process* by, Process* target, bool unless_suspending);
// Removes one suspension of `target` by `by`; false when `by` holds none.
bool resume_process(Process* by, Process* target);
// Drops every suspension `p` holds or is under (p is terminating).
void release_suspensions(Process* p);

}  // namespace openbeam::vm
