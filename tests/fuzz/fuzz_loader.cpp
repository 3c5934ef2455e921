// libFuzzer harness for the .beam loader and the disassembler.
//
// Every input is handed to read_beam_file. Malformed input must be rejected
// with a LoadError (never a crash, hang, leak or unbounded allocation); when
// the file loads, the disassembler and the ~w printer must cope with
// whatever the loader accepted.
//
// Build with OPENBEAM_FUZZ=ON (clang, libFuzzer); the same file is linked
// with replay_main.cpp for corpus replays in normal builds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "loader/beam_file.hpp"
#include "tools/disasm/disasm.hpp"
#include "vm/term_write.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  openbeam::loader::LoadError err;
  auto bf = openbeam::loader::read_beam_file(data, size, &err);
  if (!bf) {
    // A rejected file must say why.
    if (err.message.empty()) __builtin_trap();
    return 0;
  }
  auto listing = openbeam::disasm::disassemble(*bf);
  (void)listing;
  size_t total = 0;
  for (openbeam::vm::Term t : bf->literals) total += openbeam::vm::write_term(t).size();
  for (openbeam::vm::Term t : bf->big_ints) total += openbeam::vm::write_term(t).size();
  if (bf->attributes) total += openbeam::vm::write_term(*bf->attributes).size();
  if (bf->compile_info) total += openbeam::vm::write_term(*bf->compile_info).size();
  (void)total;
  return 0;
}
