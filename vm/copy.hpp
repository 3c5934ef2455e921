// Deep copy of a term into another allocator (messages, ETS, persistent
// terms). Iterative; sharing inside the term is not preserved (like ERTS).
// Refc binaries are shared: the copy takes a new reference to the blob.
#pragma once

#include "vm/allocator.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

Term copy_term(TermAllocator& to, Term t);

}  // namespace openbeam::vm
