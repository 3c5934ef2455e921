// The emulator's own term printer: the text of erlang:display/1 and of the
// "%T" conversion ERTS uses in its messages (crash slogans, load errors).
//
// This is not io_lib's ~w (vm/term_write.hpp). The differences, all checked
// against erl 25 (tests/unit/term_display_test.cpp):
//   * a non-empty proper list of integers 9, 10, 13, 32..126 or 160..255
//     prints as "..."; only '\n' (as \n) and '"' (as \") are escaped; tab,
//     CR and backslash are written raw, 160..255 as raw Latin-1 bytes;
//   * a non-empty binary of bytes 32..126 prints as <<"...">> (only '"'
//     escaped); other binaries and all bitstrings as <<1,2,3:4>>;
//   * floats print like C's printf("%.6e"): 1.000000e+00;
//   * no spaces anywhere: #{a=>1}, [1|2];
//   * atoms are quoted by ERTS's rules (write_atom_erts): reserved words are
//     not quoted, '@' and '.' force quotes;
//   * maps of more than 32 keys print their internal hash trie: the head as
//     #<bitmap>{...}, inner nodes as <bitmap>{...} (bitmaps in lower-case
//     hex), each key-value leaf as the cons [Key|Value] -- so a leaf whose
//     key is a printable character and whose value is a printable string
//     (or []) prints as a string.
//
// The printer is iterative: nesting depth costs heap, never C stack.
#pragma once

#include <climits>
#include <cstddef>
#include <cstdint>
#include <string>

#include "vm/term.hpp"

namespace openbeam::vm {

// Exactly what erlang:display(T) writes before its newline.
std::string display_term(Term t);
void display_term(std::string& out, Term t);

// The bytes erlang:display(T) writes to stdout on Unix: ERTS turns every
// '\n' it writes to stdout into "\r\n", so this is display_term(T) + "\r\n"
// (with any '\n' inside the text, possible only in an unquoted local fun's
// module name, doubled the same way).
std::string display_line(Term t);

// ERTS's erts_printf_term(T, Precision): the budget counts one per term,
// list element, string character and binary byte, and an atom's byte
// length. Printing stops as soon as the budget is exhausted and "... " is
// appended. "%.*T" with INT_MAX (erlang:display) never truncates; a plain
// "%T" uses kDisplayDefaultLimit. Not checked against erl (no BIF exposes a
// finite precision); it follows erl_printf_term.c.
constexpr long kDisplayNoLimit = LONG_MAX;
constexpr long kDisplayDefaultLimit = 100000;
void display_term_limited(std::string& out, Term t, long limit);

// A float as ERTS prints it: printf("%.6e").
void display_float(std::string& out, double d);

// ---- terms the VM cannot build yet (pids, ports, refs, local funs) -------
// The printer prints "<unknown>" for them until they exist; these helpers
// give their text from their parts. `channel` is 0 for local ones; for a
// remote one ERTS uses the atom index of the node name (so it differs from
// one VM instance to another).

// <Channel.Number.Serial>
void display_pid(std::string& out, uint64_t channel, uint64_t number, uint64_t serial);
// #Port<Channel.Number>
void display_port(std::string& out, uint64_t channel, uint64_t number);
// #Ref<Channel.N.N.N>: numbers in ERTS's internal order (numbers[0] is the
// least significant and printed last).
void display_ref(std::string& out, uint64_t channel, const uint32_t* numbers, size_t count);
// #Fun<module.OldIndex.OldUniq>: the module name is written raw (unquoted).
void display_local_fun(std::string& out, Term module, int64_t old_index, int64_t old_uniq);

}  // namespace openbeam::vm
