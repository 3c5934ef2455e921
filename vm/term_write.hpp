// Printing terms as text.
//
// `write_term` produces exactly what Erlang's `io_lib:write/1` (the `~w`
// control of io_lib:format) produces, as UTF-8. Printing is iterative, so
// deeply nested terms cannot overflow the C stack.
#pragma once

#include <string>

#include "vm/term.hpp"

namespace openbeam::vm {

// ~w text of a term.
std::string write_term(Term t);
void write_term(std::string& out, Term t);

// An atom as io_lib:write_atom_as_latin1/1 prints it (quoted when needed,
// characters above 255 as \x{...}).
void write_atom_io_lib(std::string& out, Term a);
// An atom as the emulator's own printer prints it (erlang:display/1,
// fun_to_list/1): ERTS's quoting rules differ slightly from io_lib's.
void write_atom_erts(std::string& out, Term a);

}  // namespace openbeam::vm
