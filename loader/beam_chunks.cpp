// Parsers for the table chunks of a .beam file. Each parser validates sizes
// and indexes against what the file actually contains.
#include "loader/beam_chunks.hpp"

#include <zlib.h>

#include <string>

#include "loader/byte_reader.hpp"
#include "loader/compact_term.hpp"
#include "vm/atom_table.hpp"
#include "vm/ext_term.hpp"

namespace openbeam::loader {
namespace {

bool fail(LoadError* err, const char* chunk, std::string msg) {
  if (err) *err = LoadError{chunk, std::move(msg)};
  return false;
}

// A count of items of `item_size` bytes each must fit in what is left.
bool count_fits(uint32_t count, size_t item_size, const ByteReader& r) {
  return uint64_t(count) * item_size <= r.left();
}

bool atom_ref(const BeamFile& bf, uint32_t index, Term& out) {
  if (index == 0 || index >= bf.atoms.size()) return false;
  out = bf.atoms[index];
  return true;
}

}  // namespace

bool parse_atoms(BeamFile& bf, const Chunk& c, bool utf8, LoadError* err) {
  const char* id = utf8 ? "AtU8" : "Atom";
  ByteReader r(c.data, c.size);
  uint32_t raw;
  if (!r.u32(raw)) return fail(err, id, "truncated atom count");
  // A negative count (OTP 26+) means lengths are compact-encoded.
  bool long_lengths = int32_t(raw) < 0;
  uint64_t count = long_lengths ? uint64_t(-int64_t(int32_t(raw))) : raw;
  if (count == 0) return fail(err, id, "no atoms (the module name is atom 1)");
  if (count > r.left()) return fail(err, id, "atom count " + std::to_string(count) + " exceeds the chunk");
  bf.atoms.assign(1, vm::make_nil());
  for (uint64_t i = 0; i < count; i++) {
    uint64_t len;
    if (long_lengths) {
      CompactDecoder d(r, bf);
      unsigned tag;
      std::string e;
      if (!d.tagged_u64(tag, len, e)) return fail(err, id, "bad length of atom " + std::to_string(i + 1) + ": " + e);
      if (tag != 0) return fail(err, id, "length of atom " + std::to_string(i + 1) + " is not a u operand");
    } else {
      uint8_t l;
      if (!r.u8(l)) return fail(err, id, "truncated atom " + std::to_string(i + 1));
      len = l;
    }
    const uint8_t* text;
    if (!r.bytes(len, text)) return fail(err, id, "truncated atom " + std::to_string(i + 1));
    std::string_view sv(reinterpret_cast<const char*>(text), len);
    auto a = utf8 ? vm::atom_from_utf8(sv) : vm::atom_from_latin1(sv);
    if (!a) return fail(err, id, "atom " + std::to_string(i + 1) + " is invalid (bad UTF-8 or too long)");
    bf.atoms.push_back(*a);
  }
  bf.module = bf.atoms[1];
  return true;
}

bool parse_imports(BeamFile& bf, const Chunk& c, LoadError* err) {
  ByteReader r(c.data, c.size);
  uint32_t n;
  if (!r.u32(n)) return fail(err, "ImpT", "truncated count");
  if (!count_fits(n, 12, r)) return fail(err, "ImpT", "count " + std::to_string(n) + " exceeds the chunk");
  for (uint32_t i = 0; i < n; i++) {
    uint32_t m = 0, f = 0, a = 0;
    r.u32(m), r.u32(f), r.u32(a);
    Import imp{};
    if (!atom_ref(bf, m, imp.module) || !atom_ref(bf, f, imp.function)) {
      return fail(err, "ImpT", "entry " + std::to_string(i) + " refers to a missing atom");
    }
    if (a > 255) return fail(err, "ImpT", "entry " + std::to_string(i) + " has arity > 255");
    imp.arity = a;
    bf.imports.push_back(imp);
  }
  return true;
}

bool parse_exports(BeamFile& bf, const Chunk& c, std::vector<Export>& out, LoadError* err) {
  ByteReader r(c.data, c.size);
  uint32_t n;
  if (!r.u32(n)) return fail(err, c.id, "truncated count");
  if (!count_fits(n, 12, r)) return fail(err, c.id, "count " + std::to_string(n) + " exceeds the chunk");
  for (uint32_t i = 0; i < n; i++) {
    uint32_t f = 0, a = 0, l = 0;
    r.u32(f), r.u32(a), r.u32(l);
    Export e{};
    if (!atom_ref(bf, f, e.function)) return fail(err, c.id, "entry " + std::to_string(i) + " refers to a missing atom");
    if (a > 255) return fail(err, c.id, "entry " + std::to_string(i) + " has arity > 255");
    e.arity = a;
    e.label = l;
    out.push_back(e);
  }
  return true;
}

bool parse_lambdas(BeamFile& bf, const Chunk& c, LoadError* err) {
  ByteReader r(c.data, c.size);
  uint32_t n;
  if (!r.u32(n)) return fail(err, "FunT", "truncated count");
  if (!count_fits(n, 24, r)) return fail(err, "FunT", "count " + std::to_string(n) + " exceeds the chunk");
  bf.has_lambdas = true;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t f = 0;
    Lambda l{};
    r.u32(f), r.u32(l.arity), r.u32(l.label), r.u32(l.index), r.u32(l.num_free), r.u32(l.old_uniq);
    if (!atom_ref(bf, f, l.function)) return fail(err, "FunT", "entry " + std::to_string(i) + " refers to a missing atom");
    if (l.arity > 255 || l.num_free > 255) return fail(err, "FunT", "entry " + std::to_string(i) + " has too many arguments");
    bf.lambdas.push_back(l);
  }
  return true;
}

bool parse_literals(BeamFile& bf, const Chunk& c, LoadError* err) {
  ByteReader r(c.data, c.size);
  uint32_t size;
  if (!r.u32(size)) return fail(err, "LitT", "truncated header");
  // zlib expands at most ~1032:1; a larger claim is corrupt or hostile.
  if (uint64_t(size) > uint64_t(r.left()) * 1032 + 64) {
    return fail(err, "LitT", "uncompressed size " + std::to_string(size) + " is impossible");
  }
  std::vector<uint8_t> plain(size);
  uLongf out_len = size;
  int rc = uncompress(plain.data(), &out_len, r.pos(), uLong(r.left()));
  if (rc != Z_OK || out_len != size) return fail(err, "LitT", "corrupt zlib data");
  ByteReader lr(plain.data(), plain.size());
  uint32_t n;
  if (!lr.u32(n)) return fail(err, "LitT", "truncated literal count");
  if (!count_fits(n, 4, lr)) return fail(err, "LitT", "literal count exceeds the data");
  bf.has_literals = true;
  bf.literals.reserve(n);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t len;
    const uint8_t* bytes;
    if (!lr.u32(len) || !lr.bytes(len, bytes)) return fail(err, "LitT", "literal " + std::to_string(i) + " truncated");
    vm::ExtError e;
    auto t = vm::binary_to_term(*bf.arena, bytes, len, &e);
    if (!t) {
      return fail(err, "LitT", "literal " + std::to_string(i) + ": " + e.message + " at byte " + std::to_string(e.offset));
    }
    bf.literals.push_back(*t);
  }
  return true;
}

bool parse_types(BeamFile& bf, const Chunk& c, LoadError* err) {
  ByteReader r(c.data, c.size);
  uint32_t version, n;
  if (!r.u32(version) || !r.u32(n)) return fail(err, "Type", "truncated header");
  if (version != 1) return true;  // unknown versions are ignored, like ERTS does
  if (uint64_t(n) * 18 != r.left()) return fail(err, "Type", "count does not match the chunk size");
  bf.has_types = true;
  for (uint32_t i = 0; i < n; i++) {
    BeamType t{};
    r.u16(t.bits), r.u64(t.min), r.u64(t.max);
    bf.types.push_back(t);
  }
  return true;
}

bool parse_lines(BeamFile& bf, const Chunk& c, LoadError* err) {
  ByteReader r(c.data, c.size);
  LineTable& lt = bf.lines;
  uint32_t items, names;
  if (!r.u32(lt.version)) return fail(err, "Line", "truncated header");
  if (lt.version != 0) return true;  // unknown versions are ignored, like ERTS does
  if (!r.u32(lt.flags) || !r.u32(lt.instr_count) || !r.u32(items) || !r.u32(names)) {
    return fail(err, "Line", "truncated header");
  }
  if (items > r.left() || names > r.left()) return fail(err, "Line", "counts exceed the chunk");
  lt.present = true;
  lt.items.push_back(LineItem{0, 0});
  uint32_t name_index = 0;
  CompactDecoder d(r, bf);
  while (lt.items.size() < size_t(items) + 1) {
    unsigned tag;
    uint64_t v;
    std::string e;
    if (!d.tagged_u64(tag, v, e)) return fail(err, "Line", "bad line item: " + e);
    if (tag == 2) {  // a: switch file name
      if (v > names) return fail(err, "Line", "file name index out of range");
      name_index = uint32_t(v);
    } else if (tag == 1) {  // i: line number
      if (int64_t(v) < 0 || v > 0x7FFFFFFF) return fail(err, "Line", "bad line number");
      lt.items.push_back(LineItem{name_index, uint32_t(v)});
    } else {
      return fail(err, "Line", "illegal line item tag");
    }
  }
  for (uint32_t i = 0; i < names; i++) {
    uint16_t len;
    const uint8_t* text;
    if (!r.u16(len) || !r.bytes(len, text)) return fail(err, "Line", "truncated file name");
    std::string name(reinterpret_cast<const char*>(text), len);
    if (!vm::utf8_length(name)) return fail(err, "Line", "file name is not valid UTF-8");
    lt.names.push_back(std::move(name));
  }
  return true;
}

bool parse_term_chunk(BeamFile& bf, const Chunk& c, std::optional<Term>& out, LoadError* err) {
  vm::ExtError e;
  auto t = vm::binary_to_term(*bf.arena, c.data, c.size, &e);
  if (!t) return fail(err, c.id, e.message + " at byte " + std::to_string(e.offset));
  out = *t;
  return true;
}

}  // namespace openbeam::loader
