// Tests for openbeam::loader::read_beam_file (loader/beam_file.hpp) against
// the real compiler and beam_lib.
//
// tests/unit/data/loader_cases.inc is produced by
// tests/unit/data/gen_loader_cases.erl with Erlang/OTP 25 (see that file for
// the command line): tiny modules compiled by erlc, their .beam bytes, and
// what beam_lib / beam_disasm / binary_to_term say about them. The stock
// lists.beam of the installed erl is read from disk.
//
// The error cases take a good image apart into chunks, break one thing and
// put it back together; each must give a LoadError naming the right chunk.
#include <catch2/catch.hpp>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <tuple>
#include <vector>

#include "loader/beam_file.hpp"
#include "vm/atom_table.hpp"
#include "vm/bignum.hpp"
#include "vm/term_write.hpp"

namespace {

using openbeam::loader::BeamFile;
using openbeam::loader::GenOp;
using openbeam::loader::LoadError;
using openbeam::loader::OpKind;
using openbeam::loader::read_beam_file;
using openbeam::vm::atom_text;
using openbeam::vm::write_term;

struct FAL {
  std::string f;
  uint32_t arity, label;
  bool operator==(const FAL& o) const { return f == o.f && arity == o.arity && label == o.label; }
};
struct MFA {
  std::string m, f;
  uint32_t arity;
  bool operator==(const MFA& o) const { return m == o.m && f == o.f && arity == o.arity; }
};
struct Header {
  uint32_t header_size, instruction_set, opcode_max, label_count, function_count;
};
struct Lines {
  uint32_t version, flags, instr_count;
  std::vector<std::pair<uint32_t, uint32_t>> items;  // {name index, line}
  std::vector<std::string> names;
};
struct LambdaInfo {
  const char* function;
  uint32_t arity, label, index, num_free;
};

struct LoaderModule {
  const char* name;
  std::vector<uint8_t> beam;
  std::vector<std::string> atoms;       // atom 1 first
  std::vector<FAL> exports, locals;     // sorted
  std::vector<MFA> imports;             // sorted
  std::vector<std::string> literals;    // ~w text, LitT order
  Header header;
  size_t instructions;                  // including int_code_end
  std::vector<std::string> big_ints;    // i operands outside int64, code order
  std::vector<int64_t> ints;            // i operands inside int64, code order
  size_t typed_regs, float_regs;
  std::vector<std::vector<std::pair<uint32_t, uint64_t>>> alloc_lists;
  size_t list_operands, list_elements;
  Lines lines;
  std::vector<uint16_t> type_bits;
  std::vector<uint8_t> strings;
  std::vector<LambdaInfo> lambdas;
  const char* attributes;               // ~w text of the Attr chunk
};

struct StockModule {
  const char* path;
  size_t size, atom_count, export_count, import_count, literal_count;
  Header header;
  size_t instructions, line_instrs, line_items, line_names;
  const char* last_literal;
};

#include "data/loader_cases.inc"

std::string str(openbeam::vm::Term atom) { return std::string(atom_text(atom)); }

std::vector<FAL> sorted(const std::vector<openbeam::loader::Export>& es) {
  std::vector<FAL> out;
  for (const auto& e : es) out.push_back({str(e.function), e.arity, e.label});
  std::sort(out.begin(), out.end(), [](const FAL& a, const FAL& b) {
    return std::tie(a.f, a.arity, a.label) < std::tie(b.f, b.arity, b.label);
  });
  return out;
}

std::vector<MFA> sorted(const std::vector<openbeam::loader::Import>& is) {
  std::vector<MFA> out;
  for (const auto& i : is) out.push_back({str(i.module), str(i.function), i.arity});
  std::sort(out.begin(), out.end(), [](const MFA& a, const MFA& b) {
    return std::tie(a.m, a.f, a.arity) < std::tie(b.m, b.f, b.arity);
  });
  return out;
}

BeamFile load_ok(const std::vector<uint8_t>& bytes) {
  LoadError err;
  auto bf = read_beam_file(bytes.data(), bytes.size(), &err);
  INFO("load error: " << err.to_string());
  REQUIRE(bf.has_value());
  return std::move(*bf);
}

const LoaderModule& find_module(const std::string& name) {
  for (const LoaderModule& m : kModules) {
    if (name == m.name) return m;
  }
  FAIL("no module " << name);
  throw;  // unreachable
}

// ---- IFF surgery -------------------------------------------------------------

struct RawChunk {
  std::string id;
  std::vector<uint8_t> data;
};

uint32_t get32(const uint8_t* p) {
  return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}
void put32(std::vector<uint8_t>& v, size_t at, uint32_t x) {
  v[at] = uint8_t(x >> 24), v[at + 1] = uint8_t(x >> 16), v[at + 2] = uint8_t(x >> 8), v[at + 3] = uint8_t(x);
}
void append32(std::vector<uint8_t>& v, uint32_t x) {
  v.resize(v.size() + 4);
  put32(v, v.size() - 4, x);
}

std::vector<RawChunk> split(const std::vector<uint8_t>& beam) {
  std::vector<RawChunk> out;
  size_t p = 12, end = 8 + get32(beam.data() + 4);
  while (p + 8 <= end) {
    uint32_t size = get32(beam.data() + p + 4);
    out.push_back({std::string(reinterpret_cast<const char*>(beam.data() + p), 4),
                   std::vector<uint8_t>(beam.begin() + p + 8, beam.begin() + p + 8 + size)});
    p += 8 + ((size + 3) & ~3u);
  }
  return out;
}

std::vector<uint8_t> build(const std::vector<RawChunk>& chunks) {
  std::vector<uint8_t> out{'F', 'O', 'R', '1', 0, 0, 0, 0, 'B', 'E', 'A', 'M'};
  for (const RawChunk& c : chunks) {
    out.insert(out.end(), c.id.begin(), c.id.end());
    append32(out, uint32_t(c.data.size()));
    out.insert(out.end(), c.data.begin(), c.data.end());
    out.resize((out.size() + 3) & ~size_t(3), 0);
  }
  put32(out, 4, uint32_t(out.size() - 8));
  return out;
}

RawChunk& chunk(std::vector<RawChunk>& cs, const std::string& id) {
  for (RawChunk& c : cs) {
    if (c.id == id) return c;
  }
  FAIL("no chunk " << id);
  throw;  // unreachable
}

// Expects `bytes` to fail to load with an error in chunk `chunk_id`.
void expect_error(const std::vector<uint8_t>& bytes, const std::string& chunk_id) {
  LoadError err;
  auto bf = read_beam_file(bytes.data(), bytes.size(), &err);
  INFO("error: " << err.to_string());
  CHECK_FALSE(bf.has_value());
  CHECK(err.chunk == chunk_id);
  CHECK_FALSE(err.message.empty());
}

std::vector<uint8_t> zlib_compress(const std::vector<uint8_t>& plain) {
  uLongf len = compressBound(uLong(plain.size()));
  std::vector<uint8_t> out(len);
  REQUIRE(compress(out.data(), &len, plain.data(), uLong(plain.size())) == Z_OK);
  out.resize(len);
  return out;
}

}  // namespace

// ---- tables ---------------------------------------------------------------------

TEST_CASE("loader: atoms match beam_lib atoms", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    REQUIRE(bf.atoms.size() == m.atoms.size() + 1);
    for (size_t i = 0; i < m.atoms.size(); i++) CHECK(str(bf.atoms[i + 1]) == m.atoms[i]);
    CHECK(bf.module == bf.atoms[1]);
    CHECK(str(bf.module) == m.name);
  }
}

TEST_CASE("loader: exports and locals match beam_lib labeled_exports and labeled_locals",
          "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    CHECK(sorted(bf.exports) == m.exports);
    CHECK(sorted(bf.locals) == m.locals);
  }
}

TEST_CASE("loader: imports match beam_lib imports", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    CHECK(sorted(bf.imports) == m.imports);
  }
}

TEST_CASE("loader: literals print like erl prints them", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    CHECK(bf.has_literals == !m.literals.empty());
    REQUIRE(bf.literals.size() == m.literals.size());
    for (size_t i = 0; i < m.literals.size(); i++) CHECK(write_term(bf.literals[i]) == m.literals[i]);
  }
}

TEST_CASE("loader: Type StrT FunT and Attr chunks", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    CHECK(bf.has_types);
    REQUIRE(bf.types.size() == m.type_bits.size());
    for (size_t i = 0; i < m.type_bits.size(); i++) CHECK(bf.types[i].bits == m.type_bits[i]);
    CHECK(bf.strings == m.strings);
    REQUIRE(bf.lambdas.size() == m.lambdas.size());
    for (size_t i = 0; i < m.lambdas.size(); i++) {
      CHECK(str(bf.lambdas[i].function) == m.lambdas[i].function);
      CHECK(bf.lambdas[i].arity == m.lambdas[i].arity);
      CHECK(bf.lambdas[i].label == m.lambdas[i].label);
      CHECK(bf.lambdas[i].index == m.lambdas[i].index);
      CHECK(bf.lambdas[i].num_free == m.lambdas[i].num_free);
    }
    REQUIRE(bf.attributes.has_value());
    CHECK(write_term(*bf.attributes) == m.attributes);
    CHECK(bf.compile_info.has_value());
  }
}

TEST_CASE("loader: line table matches the Line chunk", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    const auto& lt = bf.lines;
    CHECK(lt.present);
    CHECK(lt.version == m.lines.version);
    CHECK(lt.flags == m.lines.flags);
    CHECK(lt.instr_count == m.lines.instr_count);
    REQUIRE(lt.items.size() == m.lines.items.size());
    for (size_t i = 0; i < lt.items.size(); i++) {
      INFO("item " << i);
      CHECK(lt.items[i].name_index == m.lines.items[i].first);
      CHECK(lt.items[i].line == m.lines.items[i].second);
    }
    CHECK(lt.names == m.lines.names);
  }
  // The -file("lt_other.hrl", 100) attribute puts a second file in the table.
  CHECK(find_module("lt_lines").lines.names == std::vector<std::string>{"lt_other.hrl"});
}

// ---- code -------------------------------------------------------------------------

TEST_CASE("loader: code header and instruction count", "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    const auto& h = bf.code_header;
    CHECK(h.header_size == m.header.header_size);
    CHECK(h.instruction_set == m.header.instruction_set);
    CHECK(h.opcode_max == m.header.opcode_max);
    CHECK(h.label_count == m.header.label_count);
    CHECK(h.function_count == m.header.function_count);
    CHECK(bf.code.size() == m.instructions);
    REQUIRE_FALSE(bf.code.empty());
    CHECK(bf.code.front().op == GenOp::label);
    CHECK(bf.code.back().op == GenOp::int_code_end);
    size_t func_infos = std::count_if(bf.code.begin(), bf.code.end(),
                                      [](const auto& i) { return i.op == GenOp::func_info; });
    CHECK(func_infos == m.header.function_count);
  }
}

TEST_CASE("loader: integer operands, bignums beyond int64 included", "[loader]") {
  // erlc (OTP 25, default options) keeps 123456789012345678901234567890 in
  // `move {integer,...}` as a compact-encoded operand, not as a literal.
  CHECK(find_module("lt_big").big_ints.front() == "123456789012345678901234567890");
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    std::vector<std::string> bigs;
    std::vector<int64_t> ints;
    for (const auto& o : bf.operands) {
      if (o.kind == OpKind::BigInt) {
        REQUIRE(o.value < bf.big_ints.size());
        bigs.push_back(write_term(bf.big_ints[o.value]));
      } else if (o.kind == OpKind::I) {
        ints.push_back(int64_t(o.value));
      }
    }
    CHECK(bigs == m.big_ints);
    CHECK(ints == m.ints);
  }
}

TEST_CASE("loader: float registers, typed registers, allocation lists and list operands",
          "[loader]") {
  for (const LoaderModule& m : kModules) {
    INFO("module " << m.name);
    BeamFile bf = load_ok(m.beam);
    size_t fr = 0, tr = 0, lists = 0, elements = 0;
    std::vector<std::vector<std::pair<uint32_t, uint64_t>>> allocs;
    for (const auto& gi : bf.code) {
      const auto* ops = bf.ops(gi);
      for (uint32_t i = 0; i < gi.count; i++) {
        const auto& o = ops[i];
        switch (o.kind) {
          case OpKind::FR: fr++; break;
          case OpKind::TypedReg:
            tr++;
            CHECK((o.reg_kind == OpKind::X || o.reg_kind == OpKind::Y));
            CHECK(o.type_index < bf.types.size());
            break;
          case OpKind::List:
            lists++;
            elements += o.value;
            CHECK(i + o.value < gi.count);  // the elements follow inline
            break;
          case OpKind::Alloc: {
            REQUIRE(o.value < bf.alloc_lists.size());
            std::vector<std::pair<uint32_t, uint64_t>> items;
            for (const auto& a : bf.alloc_lists[o.value]) items.push_back({a.kind, a.count});
            allocs.push_back(items);
            break;
          }
          default: break;
        }
      }
    }
    CHECK(fr == m.float_regs);
    CHECK(tr == m.typed_regs);
    CHECK(lists == m.list_operands);
    CHECK(elements == m.list_elements);
    CHECK(allocs == m.alloc_lists);
  }
  CHECK(find_module("lt_big").float_regs > 0);
  CHECK(find_module("lt_tr").typed_regs > 0);
}

TEST_CASE("loader: a gzip-compressed image loads like the plain one", "[loader]") {
  const LoaderModule& m = find_module("lt_basic");
  BeamFile plain = load_ok(m.beam);
  BeamFile gz = load_ok(kBasicGzip);
  CHECK(gz.atoms == plain.atoms);
  CHECK(gz.code.size() == plain.code.size());
  REQUIRE(gz.literals.size() == plain.literals.size());
  for (size_t i = 0; i < gz.literals.size(); i++) {
    CHECK(write_term(gz.literals[i]) == write_term(plain.literals[i]));
  }
  std::vector<uint8_t> corrupt = kBasicGzip;
  corrupt[corrupt.size() / 2] ^= 0xFF;
  corrupt.resize(corrupt.size() - 8);  // also lose the trailer
  expect_error(corrupt, "file");
}

TEST_CASE("loader: stock lists.beam", "[loader]") {
  const StockModule& s = kStockLists;
  INFO("file: " << s.path << " (regenerate loader_cases.inc if erl was upgraded)");
  std::ifstream in(s.path, std::ios::binary | std::ios::ate);
  REQUIRE(in.good());
  REQUIRE(size_t(in.tellg()) == s.size);
  LoadError err;
  auto bf = read_beam_file(s.path, &err);
  INFO("load error: " << err.to_string());
  REQUIRE(bf.has_value());
  CHECK(str(bf->module) == "lists");
  CHECK(bf->atoms.size() == s.atom_count + 1);
  CHECK(bf->exports.size() == s.export_count);
  CHECK(bf->imports.size() == s.import_count);
  CHECK(bf->literals.size() == s.literal_count);
  CHECK(write_term(bf->literals.back()) == s.last_literal);
  CHECK(bf->code_header.label_count == s.header.label_count);
  CHECK(bf->code_header.function_count == s.header.function_count);
  CHECK(bf->code_header.opcode_max == s.header.opcode_max);
  CHECK(bf->code.size() == s.instructions);
  CHECK(bf->lines.instr_count == s.line_instrs);
  CHECK(bf->lines.items.size() == s.line_items);
  CHECK(bf->lines.names.size() == s.line_names);
}

// ---- malformed images -----------------------------------------------------------------

TEST_CASE("loader: container errors are reported on the file", "[loader][malformed]") {
  const auto& beam = find_module("lt_basic").beam;
  SECTION("empty file") { expect_error({}, "file"); }
  SECTION("too short for the header") {
    expect_error(std::vector<uint8_t>(beam.begin(), beam.begin() + 11), "file");
  }
  SECTION("not FOR1") {
    auto b = beam;
    b[3] = '2';
    expect_error(b, "file");
  }
  SECTION("form type is not BEAM") {
    auto b = beam;
    b[8] = 'X';
    expect_error(b, "file");
  }
  SECTION("FOR1 size larger than the file") {
    auto b = beam;
    put32(b, 4, uint32_t(b.size()));  // 8 bytes too many
    expect_error(b, "file");
  }
  SECTION("FOR1 size 2^32-1") {
    auto b = beam;
    put32(b, 4, 0xFFFFFFFF);
    expect_error(b, "file");
  }
  SECTION("a chunk size beyond the end of the file") {
    auto b = beam;
    // The first chunk header is at offset 12; its size at 16.
    std::string id(reinterpret_cast<const char*>(b.data() + 12), 4);
    put32(b, 16, uint32_t(b.size()));
    LoadError err;
    CHECK_FALSE(read_beam_file(b.data(), b.size(), &err).has_value());
    CHECK(err.chunk == "file");
    CHECK(err.message.find(id) != std::string::npos);  // the message names the chunk
  }
  SECTION("the whole file truncated at every length") {
    for (size_t n = 0; n < beam.size(); n++) {
      LoadError err;
      auto bf = read_beam_file(beam.data(), n, &err);
      if (bf || err.message.empty()) FAIL_CHECK("truncated to " << n << " bytes: " << err.to_string());
    }
  }
}

TEST_CASE("loader: a missing required chunk is named", "[loader][malformed]") {
  for (const char* id : {"Code", "AtU8", "ImpT", "ExpT", "StrT"}) {
    INFO("chunk " << id);
    auto cs = split(find_module("lt_basic").beam);
    chunk(cs, id).id = "Xxxx";
    expect_error(build(cs), id);
  }
}

TEST_CASE("loader: a truncated Code chunk is reported on Code", "[loader][malformed]") {
  auto cs0 = split(find_module("lt_big").beam);
  const size_t size = chunk(cs0, "Code").data.size();
  for (size_t cut : {size_t(0), size_t(3), size_t(4), size_t(12), size_t(19), size_t(20),
                     size_t(21), size_t(22), size_t(40), size / 2, size - 2, size - 1}) {
    INFO("Code chunk cut to " << cut << " of " << size << " bytes");
    auto cs = cs0;
    chunk(cs, "Code").data.resize(cut);
    expect_error(build(cs), "Code");
  }
  SECTION("every length") {
    for (size_t cut = 0; cut < size; cut++) {
      auto cs = cs0;
      chunk(cs, "Code").data.resize(cut);
      auto b = build(cs);
      LoadError err;
      if (read_beam_file(b.data(), b.size(), &err) || err.chunk != "Code") {
        FAIL_CHECK("Code cut to " << cut << ": " << err.to_string());
      }
    }
  }
}

TEST_CASE("loader: bad opcodes are reported on Code", "[loader][malformed]") {
  auto cs0 = split(find_module("lt_basic").beam);
  const auto& code = chunk(cs0, "Code").data;
  const size_t first_op = 4 + get32(code.data());  // after the header
  REQUIRE(code[first_op] == 1);                    // label
  for (uint8_t op : {uint8_t(0), uint8_t(200), uint8_t(181), uint8_t(255)}) {
    INFO("opcode " << int(op));
    auto cs = cs0;
    chunk(cs, "Code").data[first_op] = op;
    expect_error(build(cs), "Code");
  }
  SECTION("an opcode above the header's opcode_max") {
    auto cs = cs0;
    put32(chunk(cs, "Code").data, 8, 1);  // opcode_max = 1: only `label`
    expect_error(build(cs), "Code");
  }
  SECTION("an unknown instruction set") {
    auto cs = cs0;
    put32(chunk(cs, "Code").data, 4, 1);
    expect_error(build(cs), "Code");
  }
  SECTION("a header size beyond the chunk") {
    auto cs = cs0;
    put32(chunk(cs, "Code").data, 0, 0x7FFFFFFF);
    expect_error(build(cs), "Code");
  }
}

TEST_CASE("loader: out-of-range atom indexes", "[loader][malformed]") {
  auto cs0 = split(find_module("lt_basic").beam);
  SECTION("in ImpT") {
    auto cs = cs0;
    put32(chunk(cs, "ImpT").data, 4, 9999);  // module of import 0
    expect_error(build(cs), "ImpT");
  }
  SECTION("atom 0 in ImpT") {
    auto cs = cs0;
    put32(chunk(cs, "ImpT").data, 8, 0);  // function of import 0
    expect_error(build(cs), "ImpT");
  }
  SECTION("in ExpT") {
    auto cs = cs0;
    put32(chunk(cs, "ExpT").data, 4, 9999);
    expect_error(build(cs), "ExpT");
  }
  SECTION("in LocT") {
    auto cs = cs0;
    put32(chunk(cs, "LocT").data, 4, 9999);
    expect_error(build(cs), "LocT");
  }
  SECTION("in FunT") {
    auto cs = cs0;
    put32(chunk(cs, "FunT").data, 4, 9999);
    expect_error(build(cs), "FunT");
  }
  SECTION("in a Code operand") {
    // A hand-made Code chunk: header, then
    //   label 1            01 15
    //   func_info a1 a99 u0 02 12 0A 63 00   (atom 99: two-byte form)
    //   int_code_end       03
    auto cs = cs0;
    std::vector<uint8_t> code;
    for (uint32_t w : {16u, 0u, 178u, 2u, 1u}) append32(code, w);
    code.insert(code.end(), {0x01, 0x15, 0x02, 0x12, 0x0A, 0x63, 0x00, 0x03});
    chunk(cs, "Code").data = code;
    expect_error(build(cs), "Code");
    // The same chunk with an atom index in range loads.
    chunk(cs, "Code").data[4 + 16 + 5] = 0x02;  // atom 2
    LoadError err;
    auto b = build(cs);
    auto bf = read_beam_file(b.data(), b.size(), &err);
    INFO("error: " << err.to_string());
    CHECK(bf.has_value());
  }
  SECTION("an atom count larger than the chunk") {
    auto cs = cs0;
    put32(chunk(cs, "AtU8").data, 0, 0x00FFFFFF);
    expect_error(build(cs), "AtU8");
  }
}

TEST_CASE("loader: bad LitT chunks are reported on LitT", "[loader][malformed]") {
  auto cs0 = split(find_module("lt_basic").beam);
  SECTION("corrupt zlib data") {
    auto cs = cs0;
    auto& d = chunk(cs, "LitT").data;
    for (size_t i = 4; i < d.size(); i += 3) d[i] ^= 0x5A;
    expect_error(build(cs), "LitT");
  }
  SECTION("zlib data cut short") {
    auto cs = cs0;
    chunk(cs, "LitT").data.resize(chunk(cs, "LitT").data.size() - 5);
    expect_error(build(cs), "LitT");
  }
  SECTION("uncompressed size claims 4 GB") {
    auto cs = cs0;
    put32(chunk(cs, "LitT").data, 0, 0xFFFFFFFF);
    expect_error(build(cs), "LitT");
  }
  SECTION("uncompressed size one byte off") {
    auto cs = cs0;
    auto& d = chunk(cs, "LitT").data;
    put32(d, 0, get32(d.data()) + 1);
    expect_error(build(cs), "LitT");
  }
  SECTION("a literal that is not a valid external term") {
    // One literal: <<131, 255>> (unknown tag).
    std::vector<uint8_t> plain;
    append32(plain, 1);
    append32(plain, 2);
    plain.insert(plain.end(), {131, 255});
    std::vector<uint8_t> d;
    append32(d, uint32_t(plain.size()));
    auto z = zlib_compress(plain);
    d.insert(d.end(), z.begin(), z.end());
    auto cs = cs0;
    chunk(cs, "LitT").data = d;
    expect_error(build(cs), "LitT");
  }
  SECTION("a literal count larger than the data") {
    std::vector<uint8_t> plain;
    append32(plain, 1000);
    std::vector<uint8_t> d;
    append32(d, uint32_t(plain.size()));
    auto z = zlib_compress(plain);
    d.insert(d.end(), z.begin(), z.end());
    auto cs = cs0;
    chunk(cs, "LitT").data = d;
    expect_error(build(cs), "LitT");
  }
}

TEST_CASE("loader: other broken chunks name themselves", "[loader][malformed]") {
  auto cs0 = split(find_module("lt_tr").beam);
  SECTION("Type count does not match its size") {
    auto cs = cs0;
    auto& d = chunk(cs, "Type").data;
    put32(d, 4, get32(d.data() + 4) + 1);
    expect_error(build(cs), "Type");
  }
  SECTION("Line item count beyond the chunk") {
    auto cs = cs0;
    put32(chunk(cs, "Line").data, 12, 0x7FFFFFFF);
    expect_error(build(cs), "Line");
  }
  SECTION("Line file name index out of range") {
    auto cs = cs0;
    auto& d = chunk(cs, "Line").data;
    d[20] = 0x72;  // first item becomes `a 7`, with no names
    expect_error(build(cs), "Line");
  }
  SECTION("ImpT count beyond the chunk") {
    auto cs = cs0;
    put32(chunk(cs, "ImpT").data, 0, 0x10000000);
    expect_error(build(cs), "ImpT");
  }
  SECTION("invalid UTF-8 atom") {
    auto cs = cs0;
    auto& d = chunk(cs, "AtU8").data;
    // Atom 1 is the module name: length byte at 4, text from 5.
    d[5] = 0xFF;
    expect_error(build(cs), "AtU8");
  }
  SECTION("Attr is not a valid external term") {
    auto cs = cs0;
    chunk(cs, "Attr").data = {131, 108, 0, 0, 0, 5, 106};
    expect_error(build(cs), "Attr");
  }
}

TEST_CASE("loader: single-byte corruptions never crash", "[loader][malformed]") {
  // Whatever the loader answers for a corrupted image, it must answer:
  // a BeamFile or a LoadError with a chunk and a message.
  size_t tried = 0;
  for (const LoaderModule& m : kModules) {
    for (size_t i = 0; i < m.beam.size(); i++) {
      for (uint8_t v : {uint8_t(0), uint8_t(0xFF), uint8_t(m.beam[i] ^ 0x10)}) {
        if (m.beam[i] == v) continue;
        auto b = m.beam;
        b[i] = v;
        LoadError err;
        auto bf = read_beam_file(b.data(), b.size(), &err);
        if (!bf && (err.chunk.empty() || err.message.empty())) {
          FAIL_CHECK(m.name << " byte " << i << " = " << int(v) << ": " << err.to_string());
        }
        tried++;
      }
    }
  }
  CHECK(tried > 5000);
}
