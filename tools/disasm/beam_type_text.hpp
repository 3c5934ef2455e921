// Text of an entry of a .beam file's "Type" chunk, as the compiler sees it.
//
// Each entry is 18 bytes: <<TypeBits:16/big, Min:64, Max:64>>. The OTP
// compiler decodes it with beam_types:decode_ext/1, which returns
// {Type, Min, Max}; this module reproduces io_lib:format("~w", [that]).
#pragma once

#include <cstdint>
#include <string>

namespace openbeam::disasm {

// Returns exactly io_lib:format("~w", [beam_types:decode_ext(
// <<TypeBits:16, Min:64, Max:64>>)]) for OTP 25 (compiler 8.2.3), e.g.
//   beam_type_text(0x0040, 0, UINT64_MAX)
//     == "{{t_integer,any},0,18446744073709551615}"
// Min and Max are printed as unsigned numbers, as decode_ext reads them.
// Type bits 13..15 are not part of the format and are ignored, like
// decode_ext does.
std::string beam_type_text(uint16_t type_bits, uint64_t min, uint64_t max);

}  // namespace openbeam::disasm
