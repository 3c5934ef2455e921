// The compact term encoding of instruction operands (Code and Line chunks).
//
//   first byte  7 6 5 4 3 2 1 0
//               v v v v 0 t t t   value 0..15 in the high nibble
//               v v v 0 1 t t t   value 0..2047: 3 high bits here, 8 in next byte
//               n n n 1 1 t t t   n < 7: n+2 value bytes follow (big-endian)
//               1 1 1 1 1 t t t   length-9 follows as a u-tagged value, then bytes
//   tags ttt: 0 u, 1 i, 2 a, 3 x, 4 y, 5 f, 6 h, 7 z (extended)
//   extended (tag z, bit 3 clear), kind in the high nibble:
//     0 float (8 bytes IEEE), 1 list (u count, elements), 2 float register,
//     3 allocation list (u count, then count u-pairs kind/amount),
//     4 literal (u index), 5 typed register (x/y register, u type index)
//
// Only tag i is signed (two's complement in the multi-byte form); values of
// other tags must fit 64 bits; tag i values that do not fit int64 become
// bignum terms.
#pragma once

#include <string>

#include "loader/beam_file.hpp"
#include "loader/byte_reader.hpp"

namespace openbeam::loader {

class CompactDecoder {
 public:
  // `bf` supplies the table sizes to check indexes against and receives
  // big integers and allocation lists.
  CompactDecoder(ByteReader& r, BeamFile& bf) : r_(r), bf_(bf) {}

  // Decodes one operand. For a List, the elements are NOT read here.
  bool operand(Operand& out, std::string& err);

  // Decodes one plain tagged value (no extended forms); used by the Line
  // chunk. `tag` receives the 3-bit tag.
  bool tagged_u64(unsigned& tag, uint64_t& value, std::string& err);

 private:
  bool value(uint8_t first, unsigned tag, Operand& out, std::string& err);
  bool expect_u(uint64_t& v, std::string& err);

  ByteReader& r_;
  BeamFile& bf_;
};

}  // namespace openbeam::loader
