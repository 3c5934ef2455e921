#include "vm/literal_arena.hpp"

namespace openbeam::vm {

TermArena::~TermArena() {
  for (BinaryBlob* b : blobs_) b->release();
}

Word* TermArena::alloc(size_t words) {
  total_ += words;
  if (words > left_) {
    if (words > kChunkWords / 4) {
      // Large objects get a chunk of their own; the current chunk stays.
      chunks_.emplace_back(new Word[words]);
      return chunks_.back().get();
    }
    chunks_.emplace_back(new Word[kChunkWords]);
    top_ = chunks_.back().get();
    left_ = kChunkWords;
  }
  Word* p = top_;
  top_ += words;
  left_ -= words;
  return p;
}

}  // namespace openbeam::vm
