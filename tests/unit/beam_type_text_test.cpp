// Tests for openbeam::disasm::beam_type_text against the real
// beam_types:decode_ext/1.
//
// tests/unit/data/beam_types_decode.txt was produced by
// tests/unit/data/gen_beam_types.erl with Erlang/OTP 25.2.3 (compiler 8.2.3).
// It holds all 8192 combinations of the 13 type bits with the "no range"
// encoding, samples with other Min/Max pairs and samples with the unused
// top bits set. Each non-comment line is "TypeBits Min Max Text".
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "tools/disasm/beam_type_text.hpp"

#ifndef OPENBEAM_TEST_DATA_DIR
#define OPENBEAM_TEST_DATA_DIR "tests/unit/data"
#endif

using openbeam::disasm::beam_type_text;

TEST_CASE("beam_type_text matches erl beam_types:decode_ext/1", "[beam_type_text]") {
  const std::string path = std::string(OPENBEAM_TEST_DATA_DIR) + "/beam_types_decode.txt";
  std::ifstream in(path);
  INFO("reference file: " << path);
  REQUIRE(in.good());

  size_t cases = 0;
  std::set<unsigned> full_range_bits;  // combinations seen with 0..2^64-1
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    unsigned bits = 0;
    uint64_t min = 0, max = 0;
    std::string expected;
    fields >> bits >> min >> max >> expected;
    INFO("line: " << line);
    REQUIRE(fields);
    REQUIRE(bits <= 0xFFFF);
    CHECK(beam_type_text(static_cast<uint16_t>(bits), min, max) == expected);
    if (min == 0 && max == UINT64_MAX && bits < 8192) full_range_bits.insert(bits);
    ++cases;
  }
  // The reference must really be exhaustive over the 13 bits.
  CHECK(full_range_bits.size() == 8192);
  CHECK(cases > 8192);
}

TEST_CASE("beam_type_text spot checks", "[beam_type_text]") {
  // Values copied from the erl-generated reference file.
  CHECK(beam_type_text(0, 0, UINT64_MAX) == "{none,0,18446744073709551615}");
  CHECK(beam_type_text(0x40, 0, UINT64_MAX) == "{{t_integer,any},0,18446744073709551615}");
  CHECK(beam_type_text(6, 0, UINT64_MAX) == "{{t_bs_matchable,1},0,18446744073709551615}");
  CHECK(beam_type_text(0x1FFF, 0, UINT64_MAX) == "{any,0,18446744073709551615}");
}
