// Node-wide unique values: reference numbers (erlang:make_ref/0) and
// erlang:unique_integer/0,1.
//
// Both come from global 64-bit atomic counters, so any number of scheduler
// threads may draw from them without a lock. Reference numbers use ERTS's
// layout (term.hpp): counter bits spread over three 32-bit numbers, the
// scheduler id (always 1 until there are several schedulers) in n1's low 16
// bits, so references made later compare greater, as in ERTS.
#pragma once

#include <cstdint>

#include "vm/allocator.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

// The next fresh reference numbers.
RefNumbers next_ref_numbers();
// A fresh local reference built in `a` (kLocalRefWords words).
Term make_ref(TermAllocator& a);

// The next value of the node's unique-integer counters: `monotonic` ones
// are strictly increasing over the node's lifetime; `positive` ones are > 0.
// The result may be a bignum only after 2^59 calls; callers box it with
// detail::int_from_int64_big (integer_arith.hpp).
int64_t next_unique_integer(bool positive, bool monotonic);

// Scheduler threads erl would start on this machine (one per core): the
// highest scheduler id a reference may carry.
unsigned scheduler_count();

}  // namespace openbeam::vm
