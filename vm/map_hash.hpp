// The internal term hash that orders large maps.
//
// ERTS stores maps of more than 32 keys as a hash array mapped trie keyed by
// a 32-bit internal hash (Bob Jenkins' lookup2 mixing over the term's
// words), 4 bits per trie level starting from the least significant bits,
// and re-salting the hash every 8 levels. `maps:to_list/1`, `maps:next/1`
// and printing walk the trie depth first, so their order is the order of
// the keys' hash nibble sequences. We compute the same hash so that our
// order equals erl's for every key whose hash does not depend on VM
// internals. Keys that do depend on them (atoms: ERTS hashes the atom's
// table index; pids, ports, refs and funs: pointers) cannot match a given
// erl instance; they still give a deterministic order here.
#pragma once

#include <cstdint>

#include "vm/term.hpp"

namespace openbeam::vm {

// ERTS's make_internal_hash(Term, Salt).
uint32_t internal_hash(Term t, uint32_t salt);
// ERTS's make_map_hash(Key, Depth): the hash used at trie levels
// 8*Depth .. 8*Depth+7.
uint32_t map_hash(Term key, unsigned depth);
// Orders two distinct keys as the trie iteration does.
bool map_hash_order_less(Term a, Term b);
// The key's depth-0 trie path as a number: keys whose numbers differ are in
// the order of their numbers. Computed once per key, it spares sorts and
// searches most hashing.
uint32_t map_order_key(Term key);
// map_hash_order_less for keys whose map_order_key is known.
bool map_hash_order_less(uint32_t ka, Term a, uint32_t kb, Term b);

}  // namespace openbeam::vm
