// The global atom table.
//
// Atoms are interned: the same text always gives the same index, and an
// index is never reused. Text is kept as UTF-8; an atom holds at most 255
// characters (code points), like ERTS. Lookups by index never lock (entries
// are appended to a chunked array that never moves); interning takes a lock
// so several schedulers can share the table later.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "vm/term.hpp"

namespace openbeam::vm {

constexpr size_t kMaxAtomChars = 255;
// ERTS's default atom table limit (+t): 1,048,576 atoms.
constexpr size_t kMaxAtoms = 1048576;

namespace atoms {
enum : uint32_t {
#define ATOM(id, text) id##_index,
#include "vm/atoms.def"
#undef ATOM
  kPredeclaredCount
};
#define ATOM(id, text) constexpr Term id = make_atom(id##_index);
#include "vm/atoms.def"
#undef ATOM
}  // namespace atoms

// Interns UTF-8 text. Returns nullopt when the text is not valid UTF-8, has
// more than kMaxAtomChars characters, or the table is full.
std::optional<Term> atom_from_utf8(std::string_view utf8);
// Interns Latin-1 text (each byte is one character).
std::optional<Term> atom_from_latin1(std::string_view latin1);
// Interns text known to be valid (ASCII literals in C++ code).
Term atom(std::string_view ascii);

// Looks up existing atoms only.
std::optional<Term> existing_atom_from_utf8(std::string_view utf8);

// The UTF-8 text of an atom.
std::string_view atom_text(Term a);
// Number of characters (code points) of an atom.
size_t atom_length(Term a);
// Number of atoms interned so far.
size_t atom_count();

// Validates UTF-8 (no overlongs, no surrogates, <= U+10FFFF) and counts
// code points. Returns nullopt when invalid.
std::optional<size_t> utf8_length(std::string_view s);

}  // namespace openbeam::vm
