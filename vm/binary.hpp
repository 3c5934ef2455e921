// Binaries and bitstrings.
//
// Three boxed shapes (see term.hpp for the subtags):
//
//   heap binary  [hdr(HeapBinary, 1+W)] [byte size] [W words of bytes]
//                small binaries (<= kHeapBinaryMax bytes) live in the heap.
//   refc binary  [hdr(RefcBinary, 3)] [byte size] [BinaryBlob*] [next]
//                a handle ("ProcBin") on a reference-counted off-heap blob;
//                `next` chains the handles of one heap so that the heap's
//                owner can drop the references when the handle dies.
//   sub binary   [hdr(SubBinary, 4)] [byte size] [byte offset]
//                [bit offset << 3 | extra bits] [original binary term]
//                a window into a heap or refc binary; bitstrings whose size
//                is not a whole number of bytes are always sub binaries.
//
// Invariant: a sub binary never points at another sub binary.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>

#include "vm/term.hpp"

namespace openbeam::vm {

constexpr size_t kHeapBinaryMax = 64;

// Off-heap, reference-counted byte buffer.
//
// A "magic" blob (ERTS's magic binary) holds a native object instead of
// bytes (a compiled binary:compile_pattern/1 pattern, ...): its handle has
// byte size 0, so Erlang code sees <<>>, and `destructor` (also the type
// tag: see magic_blob) frees the object when the last reference goes.
struct BinaryBlob {
  std::atomic<int64_t> refc;
  size_t size;
  void (*destructor)(BinaryBlob*) = nullptr;  // magic blobs only
  alignas(8) uint8_t data[1];  // `size` bytes follow

  static BinaryBlob* create(size_t size);  // refc starts at 1
  void retain() { refc.fetch_add(1, std::memory_order_relaxed); }
  void release();
};

constexpr Word heap_binary_words(size_t bytes) { return 2 + (bytes + 7) / 8; }
constexpr Word kRefcBinaryWords = 4;
constexpr Word kSubBinaryWords = 5;

inline bool is_bitstring(Term t) {
  if (!is_boxed(t)) return false;
  Subtag s = boxed_subtag(t);
  return s == Subtag::kHeapBinary || s == Subtag::kRefcBinary || s == Subtag::kSubBinary;
}

inline bool is_bitstring_term(Term t) { return is_bitstring(t); }
bool is_binary_term(Term t);  // a bitstring with a whole number of bytes

// A resolved view of any bitstring term.
struct BitsView {
  const uint8_t* base;  // first byte that holds data
  size_t bytes;         // whole bytes
  unsigned bit_offset;  // 0..7: offset of the first bit inside base[0]
  unsigned extra_bits;  // 0..7: bits after the whole bytes
  size_t bit_size() const { return bytes * 8 + extra_bits; }
  bool is_binary() const { return extra_bits == 0; }
  // Bit i of the bitstring (0 = first, most significant of the first byte).
  unsigned bit(size_t i) const {
    size_t abs = i + bit_offset;
    return (base[abs / 8] >> (7 - abs % 8)) & 1;
  }
  // Byte i, assembled across the bit offset.
  uint8_t byte(size_t i) const {
    if (bit_offset == 0) return base[i];
    return uint8_t((base[i] << bit_offset) | (base[i + 1] >> (8 - bit_offset)));
  }
};

BitsView bits_view(Term t);

// A magic blob of `size` bytes of storage for a native object, with the
// destructor that frees it. Wrap it in a term with make_magic_binary
// (vm/bits.hpp).
BinaryBlob* create_magic_blob(size_t size, void (*destructor)(BinaryBlob*));
// The magic blob behind `t` if `t` is a magic binary made with exactly this
// destructor (so user-made binaries can never pass), else nullptr.
BinaryBlob* magic_blob(Term t, void (*destructor)(BinaryBlob*));

}  // namespace openbeam::vm
