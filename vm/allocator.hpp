// Where new terms are built.
//
// Term-building code (BIFs, the external term decoder, bignum arithmetic)
// allocates through this interface and never triggers a garbage collection:
// a process heap that is full hands out a heap fragment instead, which the
// next collection merges (ERTS does the same). So no root registration is
// needed while a term is being built; collections happen only at the
// interpreter's safe points, which know their live registers.
#pragma once

#include <cstddef>

#include "vm/binary.hpp"
#include "vm/term.hpp"

namespace openbeam::vm {

class TermAllocator {
 public:
  virtual ~TermAllocator() = default;
  // `words` uninitialised, 8-byte aligned words that stay valid until the
  // owner's next garbage collection (forever for arenas).
  virtual Word* alloc(size_t words) = 0;
  // Registers an off-heap entry just built at `entry` (a refc binary or a
  // resource reference, see offheap.hpp: header and blob pointer set, one
  // blob reference taken for it); the reference is dropped when the owner
  // no longer holds the entry (after a collection for processes, on
  // destruction for arenas).
  virtual void own_blob(Word* entry) = 0;
};

}  // namespace openbeam::vm
