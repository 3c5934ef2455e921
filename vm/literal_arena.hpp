// TermArena: memory for terms that live outside any process heap.
//
// Used for a module's literals (the loader decodes the LitT chunk into one
// arena per module) and for scratch terms in tools. Words handed out never
// move until the arena is destroyed; refc binaries referenced from the arena
// are registered with it and released when it dies.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "vm/allocator.hpp"
#include "vm/binary.hpp"
#include "vm/offheap.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

class TermArena final : public TermAllocator {
 public:
  TermArena() = default;
  TermArena(const TermArena&) = delete;
  TermArena& operator=(const TermArena&) = delete;
  ~TermArena() override;

  // Returns `words` uninitialised, 8-byte aligned words.
  Word* alloc(size_t words) override;
  // The arena takes one reference to `blob` and drops it on destruction.
  void own_blob(Word* entry) override { blobs_.push_back(offheap_blob(entry)); }
  size_t words_allocated() const { return total_; }

 private:
  static constexpr size_t kChunkWords = 4096;
  static constexpr size_t kFirstChunkWords = 32;
  size_t next_chunk_words_ = kFirstChunkWords;
  std::vector<std::unique_ptr<Word[]>> chunks_;
  Word* top_ = nullptr;
  size_t left_ = 0;
  size_t total_ = 0;
  std::vector<BinaryBlob*> blobs_;
};

}  // namespace openbeam::vm
