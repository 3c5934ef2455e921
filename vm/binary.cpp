#include "vm/binary.hpp"

#include <cstdlib>
#include <new>

namespace openbeam::vm {

BinaryBlob* BinaryBlob::create(size_t size) {
  void* mem = std::malloc(offsetof(BinaryBlob, data) + (size ? size : 1));
  if (!mem) throw std::bad_alloc();
  auto* b = static_cast<BinaryBlob*>(mem);
  new (&b->refc) std::atomic<int64_t>(1);
  b->size = size;
  b->destructor = nullptr;
  return b;
}

BinaryBlob* create_magic_blob(size_t size, void (*destructor)(BinaryBlob*)) {
  BinaryBlob* b = BinaryBlob::create(size);
  b->destructor = destructor;
  return b;
}

BinaryBlob* magic_blob(Term t, void (*destructor)(BinaryBlob*)) {
  if (!is_boxed_of(t, Subtag::kRefcBinary)) return nullptr;
  const Word* p = boxed_ptr(t);
  auto* b = reinterpret_cast<BinaryBlob*>(p[2]);
  return p[1] == 0 && b->destructor == destructor ? b : nullptr;
}

void BinaryBlob::release() {
  if (refc.fetch_sub(1, std::memory_order_acq_rel) == 1) {
    if (destructor) destructor(this);
    refc.~atomic<int64_t>();
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

}  // namespace openbeam::vm
