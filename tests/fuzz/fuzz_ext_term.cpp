// libFuzzer harness for the external term format decoder.
//
// Every input is handed to binary_to_term (as a complete encoding, and once
// more with `consumed` so that trailing bytes are allowed); a decoded term
// is printed with write_term. Malformed input must give an ExtError.
//
// Build with OPENBEAM_FUZZ=ON (clang, libFuzzer); the same file is linked
// with replay_main.cpp for corpus replays in normal builds.
#include <cstddef>
#include <cstdint>
#include <string>

#include "vm/ext_term.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term_write.hpp"

namespace {

void decode(const uint8_t* data, size_t size, bool allow_trailing) {
  openbeam::vm::TermArena arena;
  openbeam::vm::ExtError err{};
  size_t consumed = 0;
  auto t = openbeam::vm::binary_to_term(arena, data, size, &err,
                                        allow_trailing ? &consumed : nullptr);
  if (!t) {
    // A rejected input must say why, at an offset inside the input.
    if (err.message.empty() || err.offset > size) __builtin_trap();
    return;
  }
  if (allow_trailing && (consumed == 0 || consumed > size)) __builtin_trap();
  std::string text = openbeam::vm::write_term(*t);
  (void)text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  decode(data, size, false);
  decode(data, size, true);
  return 0;
}
