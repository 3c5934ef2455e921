// Off-heap entries: heap objects that hold one reference on a BinaryBlob.
//
// Two shapes are off-heap entries (binary.hpp, resource.hpp):
//
//   refc binary  [hdr(RefcBinary, 3)] [byte size]    [BinaryBlob*] [next]
//   magic ref    [hdr(Ref, 4)]        [n0 | n1<<32] [n2] [BinaryBlob*] [next]
//
// Both end with the blob pointer and the `next` link, so an entry's blob
// and link are found from its header's arity alone. A process heap chains
// the entries of each generation through `next` (Process::offheap_first,
// old_offheap_first); the collector (vm/gc.cpp) keeps
// the entries it copies and drops the reference of every entry it did not
// reach. Arenas and ETS objects keep only the blob pointers (own_blob).
//
// All walking of these lists lives here, so a collector change touches
// only the calls below.
#pragma once

#include "vm/binary.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

constexpr Word kMagicRefWords = 5;

// Is the object starting with header `hdr` an off-heap entry?
inline bool is_offheap_header(Word hdr) {
  Subtag s = header_subtag(hdr);
  return s == Subtag::kRefcBinary || (s == Subtag::kRef && header_arity(hdr) == kMagicRefWords - 1);
}

// The blob of entry `p` (its header intact).
inline BinaryBlob* offheap_blob(const Word* p) {
  return reinterpret_cast<BinaryBlob*>(p[header_arity(p[0]) - 1]);
}

// Words of off-heap data entry `p` stands for in the binary virtual heap
// (ERTS counts a refc binary handle's byte size).
inline uint64_t offheap_vheap_words(const Word* p) {
  if (header_subtag(p[0]) == Subtag::kRefcBinary) return p[1] / sizeof(Word);
  return offheap_blob(p)->size / sizeof(Word);
}

// Pushes entry `p` (header set) on the list starting at `*first`.
inline void offheap_push(Word** first, Word* p) {
  p[header_arity(p[0])] = reinterpret_cast<Word>(*first);
  *first = p;
}

// The entry after `p` on its list. `p` may have been moved by a collection
// (its header replaced by the boxed pointer to the copy, whose header and
// link words are the same).
inline Word* offheap_next(const Word* p) {
  Word hdr = p[0];
  if ((hdr & tag::kPrimaryMask) == tag::kBoxed) hdr = *boxed_ptr(Term(hdr));
  return reinterpret_cast<Word*>(p[header_arity(hdr)]);
}

// After a collection: drops the reference of every entry of the old list
// `first` that was not moved (moved entries are on the new list).
inline void offheap_sweep(Word* first) {
  for (Word* p = first; p;) {
    Word* next = offheap_next(p);
    if ((p[0] & tag::kPrimaryMask) != tag::kBoxed) offheap_blob(p)->release();
    p = next;
  }
}

// Drops the reference of every entry on the list (the heap dies).
inline void offheap_release_all(Word* first) {
  for (Word* p = first; p;) {
    Word* next = offheap_next(p);
    offheap_blob(p)->release();
    p = next;
  }
}

}  // namespace openbeam::vm
