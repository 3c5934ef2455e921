// The external term format (erlang:term_to_binary/1 and binary_to_term/1).
//
// Decoding is two passes over the bytes, both iterative (hostile nesting
// cannot overflow the C stack):
//   1. `ext_measure` validates the whole encoding and computes an upper
//      bound of the heap words the term needs;
//   2. `ext_build` writes the term into caller-provided words.
// Neither pass allocates more than the input justifies: every element of a
// compound term costs at least one input byte, and a compressed term (tag
// 80) may not claim more than zlib's maximum expansion of its input.
//
// Supported tags: everything `term_to_binary` produces on this node,
// local funs (NEW_FUN_EXT; their entries come from vm/fun_table.hpp)
// included. Ports and pids/references of other nodes are rejected with a
// clear error for now. Maps of more than 32 keys are stored with their keys
// in ERTS hash-trie order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "vm/literal_arena.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

namespace ext {
constexpr uint8_t kVersion = 131;
constexpr uint8_t kCompressed = 80;
constexpr uint8_t kNewFloat = 70;
constexpr uint8_t kBitBinary = 77;
constexpr uint8_t kNewPid = 88;
constexpr uint8_t kNewPort = 89;
constexpr uint8_t kNewerReference = 90;
constexpr uint8_t kSmallInteger = 97;
constexpr uint8_t kInteger = 98;
constexpr uint8_t kFloat = 99;
constexpr uint8_t kAtom = 100;
constexpr uint8_t kReference = 101;
constexpr uint8_t kPort = 102;
constexpr uint8_t kPid = 103;
constexpr uint8_t kSmallTuple = 104;
constexpr uint8_t kLargeTuple = 105;
constexpr uint8_t kNil = 106;
constexpr uint8_t kString = 107;
constexpr uint8_t kList = 108;
constexpr uint8_t kBinary = 109;
constexpr uint8_t kSmallBig = 110;
constexpr uint8_t kLargeBig = 111;
constexpr uint8_t kNewFun = 112;
constexpr uint8_t kExport = 113;
constexpr uint8_t kNewReference = 114;
constexpr uint8_t kSmallAtom = 115;
constexpr uint8_t kMap = 116;
constexpr uint8_t kFun = 117;
constexpr uint8_t kAtomUtf8 = 118;
constexpr uint8_t kSmallAtomUtf8 = 119;
constexpr uint8_t kV4Port = 120;
}  // namespace ext

struct ExtError {
  size_t offset;        // byte offset in the input where decoding failed
  std::string message;  // what was wrong
};

struct DecodeOptions {
  // binary_to_term(B, [safe]): fail instead of creating atoms.
  bool existing_atoms_only = false;
};

// Decodes a complete `term_to_binary` encoding (version byte first, then a
// term or a compressed term) into `arena`. Trailing bytes are an error
// unless `consumed` is given, which then receives the bytes used.
std::optional<Term> binary_to_term(TermAllocator& arena, const uint8_t* data, size_t len,
                                   ExtError* err, size_t* consumed = nullptr,
                                   const DecodeOptions& opts = {});

}  // namespace openbeam::vm
