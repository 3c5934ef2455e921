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
    // Chunks grow from small to kChunkWords, so an arena holding one small
    // term (a timer's message, a monitor tag) costs little memory.
    size_t size = next_chunk_words_;
    while (size < words) size *= 2;
    next_chunk_words_ = size * 2 < kChunkWords ? size * 2 : kChunkWords;
    chunks_.emplace_back(new Word[size]);
    top_ = chunks_.back().get();
    left_ = size;
  }
  Word* p = top_;
  top_ += words;
  left_ -= words;
  return p;
}

}  // namespace openbeam::vm
