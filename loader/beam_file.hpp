// A .beam file, read and decoded: the shape the loader hands to the VM.
//
// `read_beam_file` parses the IFF container and every chunk OTP 25 writes,
// decodes the literal table into the module's own literal arena, and
// decodes the Code chunk into generic instructions with operands decoded
// once (compact term encoding). Nothing here is executable yet: turning
// generic instructions into threaded code is the interpreter's loading step.
//
// Errors: every malformed input yields a LoadError naming the chunk and the
// problem; no input crashes, hangs or allocates more than a small multiple
// of its own size (see docs/internals/loader.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "loader/generic_ops.hpp"
#include "vm/literal_arena.hpp"
#include "vm/term.hpp"

namespace openbeam::loader {

using vm::Term;

struct LoadError {
  std::string chunk;    // "Code", "LitT", ... or "file"
  std::string message;  // what was wrong
  std::string to_string() const { return chunk.empty() ? message : chunk + ": " + message; }
};

// One entry of ImpT / ExpT+LocT / FunT.
struct Import {
  Term module, function;
  uint32_t arity;
};
struct Export {
  Term function;
  uint32_t arity;
  uint32_t label;
};
struct Lambda {
  Term function;
  uint32_t arity, label, index, num_free, old_uniq;
};

// Type chunk entry (version 1): a set of type bits and an integer range.
struct BeamType {
  uint16_t bits;
  uint64_t min, max;  // as stored (big-endian 64-bit words)
};

// Line chunk.
struct LineItem {
  uint32_t name_index;  // 0 = "<module>.erl"; n = names[n-1]
  uint32_t line;
};
struct LineTable {
  bool present = false;
  uint32_t version = 0, flags = 0, instr_count = 0;
  std::vector<LineItem> items;    // items[0] is the "undefined location"
  std::vector<std::string> names; // file names, UTF-8
};

// ---- generic code --------------------------------------------------------
enum class OpKind : uint8_t {
  U,         // unsigned integer (tag u)
  I,         // integer (tag i) that fits int64
  BigInt,    // integer (tag i) that does not: value = index into big_ints
  Atom,      // atom (tag a, index > 0): value = atom term raw word
  Nil,       // [] (tag a, index 0)
  X,         // x register
  Y,         // y register
  Label,     // f
  Char,      // h
  Float,     // z0: immediate float, value = IEEE bits
  List,      // z1: value = number of elements, which follow as operands
  FR,        // z2: float register
  Alloc,     // z3: value = index into alloc_lists
  Literal,   // z4: value = index into literals
  TypedReg,  // z5: reg_kind X or Y, value = register, type_index = Type entry
};

struct Operand {
  OpKind kind;
  OpKind reg_kind;      // for TypedReg: X or Y
  uint32_t type_index;  // for TypedReg
  uint64_t value;
};

// One element of an allocation list: kind 0 words, 1 floats, 2 funs.
struct AllocItem {
  uint32_t kind;
  uint64_t count;
};

struct GenericInstr {
  GenOp op;
  uint32_t first;  // index of the first operand in BeamFile::operands
  uint32_t count;  // number of operands (list elements included)
};

struct CodeHeader {
  uint32_t header_size, instruction_set, opcode_max, label_count, function_count;
};

struct BeamFile {
  Term module;                        // atoms[1]
  // The module's MD5 as ERTS computes it (module_info(md5), the `Uniq` of
  // NEW_FUN_EXT): over AtU8, Code, StrT, ImpT, ExpT, FunT with every
  // lambda's OldUniq zeroed, LitT and Meta, in that order, raw chunk bytes.
  uint8_t md5[16] = {};
  std::vector<Term> atoms;            // 1-based; atoms[0] unused
  std::vector<Import> imports;
  std::vector<Export> exports, locals;
  bool has_lambdas = false;
  std::vector<Lambda> lambdas;
  bool has_literals = false;
  std::vector<Term> literals;
  bool has_types = false;
  std::vector<BeamType> types;
  LineTable lines;
  std::vector<uint8_t> strings;       // StrT
  std::optional<Term> attributes;     // Attr
  std::optional<Term> compile_info;   // CInf
  CodeHeader code_header{};
  std::vector<GenericInstr> code;
  std::vector<Operand> operands;
  std::vector<Term> big_ints;
  std::vector<std::vector<AllocItem>> alloc_lists;
  // Owns every term above (literals, big integers, attributes, ...).
  std::unique_ptr<vm::TermArena> arena = std::make_unique<vm::TermArena>();

  const Operand* ops(const GenericInstr& i) const { return operands.data() + i.first; }
};

// Reads a whole .beam image (plain IFF or gzip-compressed).
std::optional<BeamFile> read_beam_file(const uint8_t* data, size_t size, LoadError* err);
std::optional<BeamFile> read_beam_file(const std::string& path, LoadError* err);

}  // namespace openbeam::loader
