#include "loader/iff.hpp"

#include <cstring>

#include "loader/beam_file.hpp"
#include "loader/byte_reader.hpp"

namespace openbeam::loader {

std::optional<std::vector<Chunk>> read_iff(const uint8_t* data, size_t size, LoadError* err) {
  auto fail = [&](std::string msg) -> std::optional<std::vector<Chunk>> {
    if (err) *err = LoadError{"file", std::move(msg)};
    return std::nullopt;
  };
  if (size < 12) return fail("not a BEAM file: too short for the FOR1 header");
  if (std::memcmp(data, "FOR1", 4) != 0) return fail("not a BEAM file: no FOR1 header");
  uint32_t form_size = be32(data + 4);
  if (std::memcmp(data + 8, "BEAM", 4) != 0) return fail("not a BEAM file: form type is not BEAM");
  if (form_size < 4) return fail("FOR1 size too small");
  if (size_t(form_size) > size - 8) return fail("file truncated: FOR1 size exceeds file size");
  const uint8_t* end = data + 8 + form_size;
  const uint8_t* p = data + 12;
  std::vector<Chunk> chunks;
  while (p < end) {
    if (end - p < 8) return fail("truncated chunk header at offset " + std::to_string(p - data));
    Chunk c;
    std::memcpy(c.id, p, 4);
    c.id[4] = 0;
    c.size = be32(p + 4);
    p += 8;
    if (size_t(end - p) < c.size) {
      return fail(std::string("chunk ") + c.id + " truncated: size " + std::to_string(c.size) +
                  " exceeds the file");
    }
    c.data = p;
    chunks.push_back(c);
    size_t padded = (size_t(c.size) + 3) & ~size_t(3);
    if (size_t(end - p) < padded) break;  // last chunk without padding
    p += padded;
  }
  return chunks;
}

}  // namespace openbeam::loader
