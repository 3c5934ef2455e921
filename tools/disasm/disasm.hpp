// beam_disasm-compatible listing of a .beam file.
#pragma once

#include <optional>
#include <string>

#include "loader/beam_file.hpp"

namespace openbeam::disasm {

// The listing: for each function a line `{function,Name,Arity,Entry}`, then
// one line per instruction, each exactly as io_lib:format("~w~n", [I])
// prints the instruction I that the stock beam_disasm:file/1 returns.
// nullopt when beam_disasm itself cannot disassemble the file (it uses
// instructions beam_disasm does not know, or has no functions).
std::optional<std::string> disassemble(const loader::BeamFile& bf);

}  // namespace openbeam::disasm
