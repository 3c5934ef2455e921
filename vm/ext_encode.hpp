// Encoder for the external term format (erlang:term_to_binary/1,2 and
// erlang:external_size/1,2), byte for byte what Erlang/OTP 25 produces.
//
// The encoder is two iterative passes (no recursion, so a list nested a
// million levels deep is fine): the first computes the size (exact except
// for local funs, where ERTS over-estimates and external_size shows it), the
// second writes into a buffer allocated once.
//
// Rules (checked against erl 25, see tests/unit/data/gen_ext_encode_cases.erl):
//   * integers: 0..255 SMALL_INTEGER_EXT; other 32-bit signed INTEGER_EXT;
//     larger SMALL_BIG_EXT (< 256 magnitude bytes) or LARGE_BIG_EXT.
//   * floats: NEW_FLOAT_EXT for minor_version >= 1; minor_version 0 writes
//     FLOAT_EXT, "%.20e" text NUL-padded to 31 bytes.
//   * atoms: minor_version 2 always uses the UTF-8 tags (SMALL_ATOM_UTF8_EXT
//     when the UTF-8 text is <= 255 bytes, else ATOM_UTF8_EXT). minor_version
//     0 and 1 write atoms whose characters are all <= U+00FF as ATOM_EXT
//     (2-byte length, Latin-1 bytes; never SMALL_ATOM_EXT) and all other atoms
//     with the UTF-8 tags as above.
//   * lists: STRING_EXT for a proper list of 1..65535 integers 0..255;
//     otherwise LIST_EXT covering the whole cdr chain, then the tail.
//   * maps: flat maps in key order; hash maps (> 32 keys) in the reverse of
//     our stored order (erl walks its trie with a stack; our stored order is
//     the ~w print order). `deterministic` sorts the pairs of hash maps by
//     exact term order; flat maps are already in that order.
//   * compression (level 1..9): zlib at that level over the term bytes
//     (without the version byte); the result 131, 80, <size:32>, zlib data
//     is used when it is not longer than the uncompressed encoding (equal
//     length: compressed), else the uncompressed encoding is returned.
//     erl's `compressed` means level 6 (Z_DEFAULT_COMPRESSION); {compressed,0}
//     means no compression at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "vm/term.hpp"

namespace openbeam::vm {

struct EncodeOptions {
  // -1 (and 0, as in erl's {compressed, 0}) = not compressed; 1..9 = zlib
  // level. erl's bare `compressed` option is level 6.
  int compressed_level = -1;
  // 0, 1 or 2. Erlang/OTP 25's term_to_binary/1 and external_size/1 use 1
  // (OTP 26 changed the default to 2), so the default here is 1.
  int minor_version = 1;
  bool deterministic = false;
  // term_to_iovec: receives (offset in the output, binary) of each
  // byte-aligned binary of more than kHeapBinaryMax bytes, whose whole
  // bytes ERTS hands out by reference instead of copying.
  std::vector<std::pair<size_t, Term>>* iovec = nullptr;
};

enum class EncodeError {
  kUnsupported,  // pid, port, reference or local fun: TODO(processes issue)
  kSystemLimit,  // a binary of 2^32 bytes or more (erl: system_limit)
};

// term_to_binary(T, Opts). nullopt (with *err set when given) when the term
// cannot be encoded; callers raise badarg / system_limit.
std::optional<std::vector<uint8_t>> term_to_binary(Term t, const EncodeOptions& opts,
                                                   EncodeError* err = nullptr);

// erlang:external_size(T, Opts): the byte size of the uncompressed encoding,
// version byte included (compressed_level is ignored). erl 25's
// external_size/2 accepts only {minor_version, 0 | 1}; rejecting other
// options is the BIF's job.
std::optional<size_t> external_size(Term t, const EncodeOptions& opts,
                                    EncodeError* err = nullptr);

}  // namespace openbeam::vm
