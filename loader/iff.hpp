// The IFF container of .beam files.
//
//   "FOR1" <size:32> "BEAM" { <id:4> <size:32> <data:size> <pad to 4> }*
//
// Sizes are big-endian. The FOR1 size counts from "BEAM" to the end; a file
// longer than that has trailing bytes that are ignored (like ERTS), a file
// shorter is truncated. The last chunk's padding may be missing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace openbeam::loader {

struct LoadError;

struct Chunk {
  char id[5];  // NUL-terminated
  const uint8_t* data;
  uint32_t size;
};

std::optional<std::vector<Chunk>> read_iff(const uint8_t* data, size_t size, LoadError* err);

}  // namespace openbeam::loader
