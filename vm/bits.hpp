// Bit syntax primitives: building (`<<...>>`, bs_create_bin) and matching
// (bs_start_match*, bs_get_*, bs_skip_*, bs_test_*, bs_match_string,
// bs_get_tail). The interpreter's bs_* instructions call these; they know
// nothing about registers, match-state objects or error_info.
//
// Semantics are those of Erlang/OTP 25 (erts/emulator/beam/erl_bits.c),
// checked against erl by tests/unit/bits_test.cpp:
//
//   integers   The value is taken modulo 2^size in two's complement
//              (`<<300:8>>` is <<44>>, `<<-1:4>>` is <<15:4>>, bignums too);
//              signedness only matters when matching. Size 0 writes nothing
//              (but the value must still be an integer). Little-endian with
//              a size that is not a multiple of 8: the whole low bytes come
//              first, then the remaining (size mod 8) most significant bits,
//              e.g. `<<16#123:12/little>>` is <<16#23, 1:4>>. Matching is the
//              exact inverse.
//   floats     Sizes 16, 32, 64 only (other sizes: badarg when building, no
//              match when matching; matching a float of size 0 gives 0.0
//              and consumes nothing, as ERTS does). Integers are converted
//              (a bignum too large for a double is badarg). A double too
//              large for a 32- or 16-bit float is written as infinity (erl
//              does not check). 16-bit: IEEE half precision, rounded to
//              nearest-even directly from the double. Matching a NaN or
//              infinity bit pattern does not match.
//   utf8       Building: a small integer 0..16#10FFFF that is not a surrogate
//              (16#D800..16#DFFF). Matching rejects overlong forms (C0, C1,
//              E0 followed by < A0, F0 followed by < 90), bytes F5..FF,
//              surrogates, values > 16#10FFFF, bad continuation bytes and
//              truncated sequences.
//   utf16      Same value range; a high surrogate must be followed by a low
//              one when matching, a lone low surrogate does not match.
//   utf32      Same value range, 32-bit integer.
//   native     endianness is little on every platform OpenBEAM targets
//              (x86-64, aarch64): callers pass little = true for `native`.
//
// Results: a finished bitstring with a whole number of bytes is a heap
// binary (<= kHeapBinaryMax bytes) or a refc binary; anything else is a sub
// binary over one of those. Matched-out binaries follow ERTS's
// erts_extract_sub_binary: a byte-aligned-size piece of at most
// kHeapBinaryMax bytes is copied into a heap binary, anything else is a sub
// binary on the original (never on another sub binary).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "vm/allocator.hpp"
#include "vm/binary.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

// Why a BitWriter::put_* failed; erl reports all of these as badarg, and
// bs_create_bin's error_info names them ({Segment, Type, Reason, Value}).
enum class BitsError : uint8_t {
  kNone,
  kType,     // wrong type of value (am_type), or an invalid code point
  kShort,    // binary segment: the binary has fewer bits than asked (am_short)
  kNoFloat,  // a bignum that does not fit a double (am_no_float)
  kInvalid,  // float size other than 16/32/64 (am_invalid)
  kSize,     // negative size
};

// ---- construction ----------------------------------------------------------
class BitWriter {
 public:
  BitWriter() = default;
  // Reserves room for `bits` more bits (bs_create_bin knows the total).
  void reserve_bits(size_t bits) { buf_.reserve((bits_ + bits + 7) / 8); }

  // <<Value:SizeBits/integer>>. Fails (kType) unless `value` is an integer,
  // (kSize) for a negative size.
  bool put_integer(Term value, int64_t size_bits, bool little, bool is_signed);
  // <<Value:SizeBits/float>>: integer or float value; size 16, 32 or 64.
  bool put_float(Term value, int64_t size_bits, bool little);
  // <<Bits:SizeBits/bits>> (size_bits >= 0) or <<Bits/bits>> (size_bits
  // == -1). Fails (kType) for a non-bitstring, (kShort) when the size
  // exceeds the bitstring. Units are the caller's business.
  bool put_binary(Term bitstring, int64_t size_bits_or_all);
  bool put_utf8(Term codepoint);
  bool put_utf16(Term codepoint, bool little);
  bool put_utf32(Term codepoint, bool little);
  void put_string(const uint8_t* bytes, size_t n);
  // Raw bits: `nbits` bits of `src` starting at bit `src_bit_offset`
  // (bit 0 = most significant bit of src[0]).
  void put_bits(const uint8_t* src, size_t src_bit_offset, size_t nbits);
  // The low `n` (<= 64) bits of `v`, most significant first.
  void put_uint_bits(uint64_t v, unsigned n);

  size_t bit_size() const { return bits_; }
  BitsError error() const { return err_; }
  const std::vector<uint8_t>& bytes() const { return buf_; }  // padding bits are 0

  // The bitstring built so far (heap, refc or sub binary). The writer is
  // left unchanged; call clear() to reuse it.
  Term finish(TermAllocator& a) const;
  void clear() {
    buf_.clear();
    bits_ = 0;
    err_ = BitsError::kNone;
  }

 private:
  bool fail(BitsError e) {
    err_ = e;
    return false;
  }
  void grow_to(size_t bits) {
    size_t need = (bits + 7) / 8;
    if (buf_.size() < need) buf_.resize(need, 0);
  }

  std::vector<uint8_t> buf_;
  size_t bits_ = 0;
  BitsError err_ = BitsError::kNone;
};

// ---- matching --------------------------------------------------------------
// A match position in a bitstring, like ERTS's ErlBinMatchBuffer. `orig` is
// the underlying heap or refc binary (never a sub binary), `base` its bytes,
// and [bit_pos, bit_end) the bits still to match, counted from the start of
// `orig`. A heap binary's bytes move when the heap is collected: a reader
// kept across a GC must be rebuilt from (orig, bit_pos, bit_end).
struct BitReader {
  Term orig;
  BitsView base;  // view of `orig` (bit_offset 0)
  size_t bit_pos = 0;
  size_t bit_end = 0;

  BitReader() = default;
  // bs_start_match: the whole of any bitstring term.
  explicit BitReader(Term bitstring);
  // Re-creates a reader on `orig` (a heap or refc binary).
  BitReader(Term orig, size_t pos, size_t end);

  size_t remaining_bits() const { return bit_end - bit_pos; }
  bool test_unit(unsigned unit) const { return unit <= 1 || remaining_bits() % unit == 0; }

  // Each get_* consumes the bits on success and leaves the position alone on
  // failure.
  std::optional<Term> get_integer(TermAllocator& a, size_t bits, bool little, bool is_signed);
  std::optional<Term> get_float(TermAllocator& a, size_t bits, bool little);
  std::optional<Term> get_binary(TermAllocator& a, size_t bits);
  Term get_tail(TermAllocator& a);  // the rest (always succeeds)
  bool skip(size_t bits);
  std::optional<uint32_t> get_utf8();
  std::optional<uint32_t> get_utf16(bool little);
  std::optional<uint32_t> get_utf32(bool little);
  // The next `bits` bits equal the first `bits` bits of `bytes`.
  bool match_string(const uint8_t* bytes, size_t bits);

  // The next `n` (<= 64) bits as an unsigned big-endian number; the caller
  // has checked that they exist. Does not move.
  uint64_t peek_uint(unsigned n) const { return peek_uint_at(bit_pos, n); }
  uint64_t peek_uint_at(size_t pos, unsigned n) const;
};

// ---- helpers ---------------------------------------------------------------
// A binary holding a copy of `bytes`: heap binary up to kHeapBinaryMax
// bytes, else a refc binary registered with a.own_blob.
Term make_binary(TermAllocator& a, const uint8_t* bytes, size_t n);
// The same with `n` uninitialised bytes for the caller to fill (*data).
Term make_binary_uninit(TermAllocator& a, size_t n, uint8_t** data);
// An integer from a magnitude that fits 64 bits (small or bignum).
Term make_int_mag64(TermAllocator& a, uint64_t mag, bool negative);
// The whole bytes of bitstring view `v`: a pointer into the binary when it
// starts on a byte boundary, else a copy in `scratch`.
const uint8_t* view_bytes(const BitsView& v, std::vector<uint8_t>& scratch);
// A sub binary of `bit_size` bits at `bit_offset` bits into bitstring `orig`
// (any bitstring; a sub binary is resolved to its original first, so sub
// binaries never nest). The caller checks the range.
Term make_sub_binary(TermAllocator& a, Term orig, size_t bit_offset, size_t bit_size);
// What a matched-out piece becomes (ERTS's erts_extract_sub_binary): a heap
// binary copy for whole bytes up to kHeapBinaryMax, else make_sub_binary.
Term extract_bits(TermAllocator& a, Term orig, size_t bit_offset, size_t bit_size);

// The heap or refc binary under `t` and where `t` starts in it, in bits.
Term real_binary(Term t, size_t* bit_offset);

// IEEE half precision <-> double, as erl's 16-bit float segments convert.
uint16_t double_to_half(double d);  // round to nearest even; too large: inf
double half_to_double(uint16_t h);

}  // namespace openbeam::vm
