#include "vm/resource.hpp"

#include <map>
#include <mutex>
#include <tuple>
#include <unordered_map>

#include "vm/unique.hpp"

namespace openbeam::vm {

namespace {

// Saved resources: the blobs of resource references that went through
// term_to_binary, by reference numbers, so that binary_to_term on this node
// gives the resource back (ERTS's magic ref table). The table holds no blob
// reference: a blob leaves it when it dies.
struct SavedResources {
  std::mutex mu;
  std::map<std::tuple<uint32_t, uint32_t, uint32_t>, BinaryBlob*> by_numbers;
  std::unordered_map<BinaryBlob*, std::tuple<uint32_t, uint32_t, uint32_t>> numbers_of;
};

SavedResources& saved() {
  static SavedResources* s = new SavedResources();
  return *s;
}

std::tuple<uint32_t, uint32_t, uint32_t> key(RefNumbers r) { return {r.n[0], r.n[1], r.n[2]}; }

}  // namespace

Term make_resource_ref(TermAllocator& a, BinaryBlob* b) {
  RefNumbers r = next_ref_numbers();
  r.n[1] |= kRefMagicBit;
  Word* p = a.alloc(kMagicRefWords);
  Term t = fill_resource_ref(p, b, r);
  a.own_blob(p);
  return t;
}

Term fill_resource_ref(Word* p, BinaryBlob* b, RefNumbers r) {
  p[0] = make_header(Subtag::kRef, kMagicRefWords - 1);
  p[1] = Word(r.n[0]) | Word(r.n[1]) << 32;
  p[2] = r.n[2];
  p[3] = reinterpret_cast<Word>(b);
  p[4] = 0;
  return make_boxed(p);
}

BinaryBlob* resource_blob(Term t, void (*destructor)(BinaryBlob*)) {
  if (!is_magic_ref(t)) return nullptr;
  BinaryBlob* b = offheap_blob(boxed_ptr(t));
  return b->destructor == destructor ? b : nullptr;
}

void save_resource(Term t) {
  BinaryBlob* b = offheap_blob(boxed_ptr(t));
  SavedResources& s = saved();
  std::lock_guard<std::mutex> lock(s.mu);
  if (b->in_ref_table) return;
  auto k = key(local_ref_numbers(t));
  s.by_numbers[k] = b;
  s.numbers_of[b] = k;
  b->in_ref_table = true;
}

BinaryBlob* find_saved_resource(RefNumbers r) {
  SavedResources& s = saved();
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.by_numbers.find(key(r));
  if (it == s.by_numbers.end()) return nullptr;
  BinaryBlob* b = it->second;
  // Take a reference unless the blob is already dying.
  int64_t n = b->refc.load(std::memory_order_relaxed);
  while (n > 0) {
    if (b->refc.compare_exchange_weak(n, n + 1, std::memory_order_acq_rel)) return b;
  }
  return nullptr;
}

void forget_saved_resource(BinaryBlob* b) {
  SavedResources& s = saved();
  std::lock_guard<std::mutex> lock(s.mu);
  auto it = s.numbers_of.find(b);
  if (it == s.numbers_of.end()) return;
  s.by_numbers.erase(it->second);
  s.numbers_of.erase(it);
  b->in_ref_table = false;
}

}  // namespace openbeam::vm
