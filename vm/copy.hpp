// Deep copy of a term into another allocator (messages, ETS, persistent
// terms). Iterative; sharing inside the term is not preserved (like ERTS).
// Refc binaries are shared: the copy takes a new reference to the blob.
#pragma once

#include "vm/allocator.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

Term copy_term(TermAllocator& to, Term t);
// Words copy_term(to, t) allocates in total (immediates take none).
size_t flat_size(Term t);

}  // namespace openbeam::vm
