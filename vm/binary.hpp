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

class TermAllocator;

constexpr size_t kHeapBinaryMax = 64;

// Off-heap, reference-counted byte buffer.
//
// Appending (`<<Acc/binary, ...>>`, bs_create_bin's `append` segment) may
// extend a blob in place, like ERTS's writable binaries: bytes up to
// `append_end` are taken; a handle whose byte size equals `append_end`
// may claim the room after it (atomically, so only one handle ever does).
// Older handles keep their own, shorter size, so what they see never
// changes.
// A "magic" blob (ERTS's magic binary) holds a native object instead of
// bytes (a compiled binary:compile_pattern/1 pattern, an atomics array,
// a file handle, ...); Erlang code holds it through resource references
// (vm/resource.hpp), never binary handles, and `destructor` (also the type
// tag) frees the object when the last reference goes.
struct BinaryBlob {
  std::atomic<int64_t> refc;
  size_t size;                         // bytes allocated
  std::atomic<size_t> append_end;      // bytes in use (== size: no room)
  void (*destructor)(BinaryBlob*) = nullptr;  // magic blobs only
  bool in_ref_table = false;  // magic blobs: findable by ref numbers (resource.hpp)
  alignas(8) uint8_t data[1];  // `size` bytes follow

  static BinaryBlob* create(size_t size);  // refc starts at 1, no room
  // A blob of `capacity` bytes of which the first `used` are taken.
  static BinaryBlob* create_appendable(size_t capacity, size_t used);
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
// destructor that frees it. Wrap it in a resource reference
// (vm/resource.hpp).
BinaryBlob* create_magic_blob(size_t size, void (*destructor)(BinaryBlob*));
// Drops a dying magic blob from the table of saved resources (resource.cpp).
void forget_saved_resource(BinaryBlob* b);
// <<Acc/binary, Bytes>> for a binary Acc (whole bytes): extends Acc's blob
// in place when Acc is the newest handle on an appendable blob with room,
// else copies Acc into a new appendable blob with room to grow.
Term append_binary(TermAllocator& a, Term acc, const uint8_t* bytes, size_t n);

}  // namespace openbeam::vm
