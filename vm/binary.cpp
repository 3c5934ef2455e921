#include "vm/binary.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/allocator.hpp"

namespace openbeam::vm {

BinaryBlob* BinaryBlob::create(size_t size) { return create_appendable(size, size); }

BinaryBlob* BinaryBlob::create_appendable(size_t capacity, size_t used) {
  void* mem = std::malloc(offsetof(BinaryBlob, data) + (capacity ? capacity : 1));
  if (!mem) throw std::bad_alloc();
  auto* b = static_cast<BinaryBlob*>(mem);
  new (&b->refc) std::atomic<int64_t>(1);
  b->size = capacity;
  new (&b->append_end) std::atomic<size_t>(used);
  b->destructor = nullptr;
  b->in_ref_table = false;
  return b;
}

BinaryBlob* create_magic_blob(size_t size, void (*destructor)(BinaryBlob*)) {
  BinaryBlob* b = BinaryBlob::create(size);
  b->destructor = destructor;
  return b;
}

void BinaryBlob::release() {
  if (refc.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    if (in_ref_table) forget_saved_resource(this);
    if (destructor) destructor(this);
    refc.~atomic<int64_t>();
    append_end.~atomic<size_t>();
    std::free(this);
  }
}

bool is_binary_term(Term t) { return is_bitstring(t) && bits_view(t).extra_bits == 0; }

BitsView bits_view(Term t) {
  const Word* p = boxed_ptr(t);
  switch (header_subtag(p[0])) {
    case Subtag::kHeapBinary:
      return BitsView{reinterpret_cast<const uint8_t*>(p + 2), size_t(p[1]), 0, 0};
    case Subtag::kRefcBinary: {
      auto* blob = reinterpret_cast<const BinaryBlob*>(p[2]);
      return BitsView{blob->data, size_t(p[1]), 0, 0};
    }
    case Subtag::kSubBinary: {
      BitsView orig = bits_view(Term(p[4]));
      size_t byte_offset = size_t(p[2]);
      unsigned bitinfo = unsigned(p[3]);
      return BitsView{orig.base + byte_offset, size_t(p[1]), (bitinfo >> 3) & 7, bitinfo & 7};
    }
    default:
      assert(false && "not a bitstring");
      return BitsView{nullptr, 0, 0, 0};
  }
}

static Term refc_handle(TermAllocator& a, BinaryBlob* blob, size_t bytes) {
  Word* p = a.alloc(kRefcBinaryWords);
  p[0] = make_header(Subtag::kRefcBinary, kRefcBinaryWords - 1);
  p[1] = bytes;
  p[2] = reinterpret_cast<Word>(blob);
  p[3] = 0;
  a.own_blob(p);
  return make_boxed(p);
}

Term append_binary(TermAllocator& a, Term acc, const uint8_t* bytes, size_t n) {
  const Word* h = boxed_ptr(acc);
  if (header_subtag(h[0]) == Subtag::kRefcBinary) {
    auto* blob = reinterpret_cast<BinaryBlob*>(h[2]);
    size_t used = size_t(h[1]);
    // Only the handle that ends where the blob's taken bytes end may
    // claim the room after it (n > 0: appending nothing makes a fresh
    // binary, never a second handle on the blob).
    if (n > 0 && blob->size - used >= n && blob->append_end.compare_exchange_strong(used, used + n)) {
      std::memcpy(blob->data + used, bytes, n);
      blob->retain();
      return refc_handle(a, blob, used + n);
    }
  }
  BitsView v = bits_view(acc);
  size_t total = v.bytes + n;
  BinaryBlob* blob = BinaryBlob::create_appendable(std::max<size_t>(256, 2 * total), total);
  for (size_t i = 0; i < v.bytes; i++) blob->data[i] = v.byte(i);
  if (n) std::memcpy(blob->data + v.bytes, bytes, n);
  return refc_handle(a, blob, total);
}

}  // namespace openbeam::vm
