// Reading a whole .beam file: container, chunks, in dependency order.
#include "loader/beam_file.hpp"

#include <zlib.h>

#include <cstring>
#include <fstream>
#include <iterator>

#include <openssl/evp.h>

#include "loader/beam_chunks.hpp"
#include "loader/iff.hpp"

namespace openbeam::loader {
namespace {

// Largest .beam image accepted (the biggest stock file is a few MB).
constexpr size_t kMaxImage = size_t(1) << 30;

bool gunzip(const uint8_t* data, size_t size, std::vector<uint8_t>& out, LoadError* err) {
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
    if (err) *err = LoadError{"file", "cannot initialise zlib"};
    return false;
  }
  zs.next_in = const_cast<uint8_t*>(data);
  zs.avail_in = uInt(size);
  int rc = Z_OK;
  while (rc == Z_OK) {
    if (out.size() >= kMaxImage) {
      inflateEnd(&zs);
      if (err) *err = LoadError{"file", "gzip-compressed BEAM file expands beyond the size limit"};
      return false;
    }
    size_t old = out.size();
    out.resize(old + 65536);
    zs.next_out = out.data() + old;
    zs.avail_out = 65536;
    rc = inflate(&zs, Z_NO_FLUSH);
    out.resize(old + 65536 - zs.avail_out);
  }
  inflateEnd(&zs);
  if (rc != Z_STREAM_END) {
    if (err) *err = LoadError{"file", "corrupt gzip-compressed BEAM file"};
    return false;
  }
  return true;
}

const Chunk* find(const std::vector<Chunk>& cs, const char* id) {
  for (const Chunk& c : cs) {
    if (std::strcmp(c.id, id) == 0) return &c;
  }
  return nullptr;
}

// ERTS's module checksum (beam_file.c). An "Atom" chunk (Latin-1, old
// files) does not count: ERTS hashes only AtU8. The FunT chunk was parsed
// already, so its size is a 4-byte count plus 24-byte entries.
void module_md5(const std::vector<Chunk>& cs, uint8_t out[16]) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_md5(), nullptr);
  auto add = [&](const char* id) {
    const Chunk* c = find(cs, id);
    if (c && c->size) EVP_DigestUpdate(ctx, c->data, c->size);
  };
  for (const char* id : {"AtU8", "Code", "StrT", "ImpT", "ExpT"}) add(id);
  if (const Chunk* f = find(cs, "FunT"); f && f->size >= 4) {
    static const uint8_t zero[4] = {0, 0, 0, 0};
    EVP_DigestUpdate(ctx, f->data, 4);
    for (size_t at = 4; at + 24 <= f->size; at += 24) {
      EVP_DigestUpdate(ctx, f->data + at, 20);  // Function Arity Label Index NumFree
      EVP_DigestUpdate(ctx, zero, 4);           // OldUniq (endian-dependent in ERTS)
    }
  }
  add("LitT");
  add("Meta");
  unsigned len = 16;
  EVP_DigestFinal_ex(ctx, out, &len);
  EVP_MD_CTX_free(ctx);
}

}  // namespace

std::optional<BeamFile> read_beam_file(const uint8_t* data, size_t size, LoadError* err) {
  std::vector<uint8_t> unpacked;
  if (size >= 2 && data[0] == 0x1F && data[1] == 0x8B) {
    if (!gunzip(data, size, unpacked, err)) return std::nullopt;
    data = unpacked.data();
    size = unpacked.size();
  }
  auto chunks = read_iff(data, size, err);
  if (!chunks) return std::nullopt;
  auto missing = [&](const char* id) {
    if (err) *err = LoadError{id, "required chunk is missing"};
    return std::nullopt;
  };
  BeamFile bf;
  const Chunk* c;
  if ((c = find(*chunks, "AtU8"))) {
    if (!parse_atoms(bf, *c, true, err)) return std::nullopt;
  } else if ((c = find(*chunks, "Atom"))) {
    if (!parse_atoms(bf, *c, false, err)) return std::nullopt;
  } else {
    return missing("AtU8");
  }
  if (!(c = find(*chunks, "ImpT"))) return missing("ImpT");
  if (!parse_imports(bf, *c, err)) return std::nullopt;
  if (!(c = find(*chunks, "ExpT"))) return missing("ExpT");
  if (!parse_exports(bf, *c, bf.exports, err)) return std::nullopt;
  if ((c = find(*chunks, "LocT")) && !parse_exports(bf, *c, bf.locals, err)) return std::nullopt;
  if ((c = find(*chunks, "FunT")) && !parse_lambdas(bf, *c, err)) return std::nullopt;
  if ((c = find(*chunks, "LitT")) && !parse_literals(bf, *c, err)) return std::nullopt;
  if ((c = find(*chunks, "Type")) && !parse_types(bf, *c, err)) return std::nullopt;
  if (!(c = find(*chunks, "StrT"))) return missing("StrT");
  bf.strings.assign(c->data, c->data + c->size);
  if ((c = find(*chunks, "Attr")) && !parse_term_chunk(bf, *c, bf.attributes, err)) return std::nullopt;
  if ((c = find(*chunks, "CInf")) && !parse_term_chunk(bf, *c, bf.compile_info, err)) return std::nullopt;
  if (!(c = find(*chunks, "Code"))) return missing("Code");
  if (!parse_code(bf, *c, err)) return std::nullopt;
  // The Line chunk is decoded after Code: its items are referenced by `line`.
  if ((c = find(*chunks, "Line")) && !parse_lines(bf, *c, err)) return std::nullopt;
  module_md5(*chunks, bf.md5);
  return bf;
}

std::optional<BeamFile> read_beam_file(const std::string& path, LoadError* err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (err) *err = LoadError{"file", "cannot open " + path};
    return std::nullopt;
  }
  in.seekg(0, std::ios::end);
  std::streamoff len = in.tellg();
  if (len < 0 || size_t(len) > kMaxImage) {
    if (err) *err = LoadError{"file", "cannot read " + path};
    return std::nullopt;
  }
  in.seekg(0);
  std::vector<uint8_t> buf(static_cast<size_t>(len));
  if (len > 0 && !in.read(reinterpret_cast<char*>(buf.data()), len)) {
    if (err) *err = LoadError{"file", "cannot read " + path};
    return std::nullopt;
  }
  return read_beam_file(buf.data(), buf.size(), err);
}

}  // namespace openbeam::loader
